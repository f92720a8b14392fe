// The grouping rules (lib/catalog/import/README.md) checked on the real CC0 catalog imported by global-setup.
import Database from "better-sqlite3";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";

let db: Database.Database;

beforeAll(() => {
  db = new Database(inject("catalogPath"), { readonly: true });
});
afterAll(() => db.close());

interface GameRow {
  id: number;
  slug: string;
  name: string;
}

/** The game that holds a given MAME release. */
function gameOf(list: string, mameName: string): GameRow {
  const row = db
    .prepare("SELECT g.id, g.slug, g.name FROM releases r JOIN games g ON g.id = r.game_id WHERE r.list = ? AND r.mame_name = ?")
    .get(list, mameName) as GameRow | undefined;
  if (!row) throw new Error(`no release ${list}/${mameName}`);
  return row;
}

function platformsOf(gameId: number): string[] {
  return db
    .prepare("SELECT DISTINCT p.name FROM releases r JOIN platforms p ON p.id = r.platform_id WHERE r.game_id = ? ORDER BY p.name")
    .pluck()
    .all(gameId) as string[];
}

function altTitlesOf(gameId: number): string[] {
  return db.prepare("SELECT title FROM alternative_titles WHERE game_id = ?").pluck().all(gameId) as string[];
}

describe("catalog grouping on the real data", () => {
  it("imports more than 70,000 games and leaves the music files out", () => {
    expect(db.prepare("SELECT count(*) FROM games").pluck().get()).toBeGreaterThan(70_000);
    expect(db.prepare("SELECT count(*) FROM releases WHERE list = 'vgmplay'").pluck().get()).toBe(0);
    expect(db.prepare("SELECT count(*) FROM releases WHERE list LIKE 'ekara%'").pluck().get()).toBe(0);
  });

  it("makes A Link to the Past one game with its Japanese release, and keeps the GBA '& Four Swords' apart", () => {
    const snes = gameOf("snes", "zelda3");
    expect(snes.name).toBe("The Legend of Zelda: A Link to the Past");
    expect(gameOf("snes", "zelda3jb").id).toBe(snes.id);
    expect(gameOf("snes", "zelda3u").id).toBe(snes.id);
    expect(altTitlesOf(snes.id)).toContain("Zelda no Densetsu: Kamigami no Triforce");
    // The GBA cartridge adds Four Swords: a different work (as on IGDB), found next to it by search.
    const gba = gameOf("gba", "zeldaltp");
    expect(gba.id).not.toBe(snes.id);
    expect(gameOf("gba", "zeldaltpu").id).toBe(gba.id);
  });

  it("groups Pokémon Red's regional titles, and keeps Red and Blue apart", () => {
    const red = gameOf("gameboy", "pokered");
    expect(red.name).toBe("Pokémon: Red Version");
    for (const clone of ["pokeredf", "pokeredg", "pokeredi", "pokereds", "pokeaka"]) expect(gameOf("gameboy", clone).id).toBe(red.id);
    expect(altTitlesOf(red.id)).toEqual(expect.arrayContaining(["Pocket Monsters Aka", "Pokémon: Rote Edition", "ポケットモンスター赤"]));
    expect(gameOf("gameboy", "pokeblue").id).not.toBe(red.id);
  });

  it("treats Rockman as Mega Man across NES and FamicomBox, but not the unrelated Spectrum Rockman", () => {
    const megaMan2 = gameOf("nes", "megaman2");
    expect(gameOf("nes", "rockman2").id).toBe(megaMan2.id);
    expect(altTitlesOf(megaMan2.id)).toContain("Rockman 2: Dr. Wily no Nazo");
    const nesMegaMan = gameOf("nes", "rockman").id;
    expect(gameOf("famibox", "rockman").id).toBe(nesMegaMan);
    expect(gameOf("spectrum_cass", "rockman").id).not.toBe(nesMegaMan);
    // Mega Man II on the Game Boy is another game than Mega Man 2 on the NES.
    expect(gameOf("gameboy", "megaman2").id).not.toBe(megaMan2.id);
  });

  it("merges Mirrorsoft's Tetris across machines without swallowing other Tetrises", () => {
    const mirrorsoft = gameOf("amigaocs_flop", "tetris");
    for (const [list, name] of [
      ["bbc_cass", "tetris"],
      ["spectrum_cass", "tetris"],
      ["cpc_cass", "tetris"],
    ] as const) {
      expect(gameOf(list, name).id).toBe(mirrorsoft.id);
    }
    expect(platformsOf(mirrorsoft.id).length).toBeGreaterThanOrEqual(5);
    // "Tetris" is a crowded title (many publishers): only a shared publisher merges.
    expect(gameOf("gameboy", "tetris").id).not.toBe(mirrorsoft.id);
    expect(gameOf("gameboy", "tetris2").id).not.toBe(gameOf("gameboy", "tetris").id);
    expect(gameOf("gameboy", "tetrisat").id).not.toBe(gameOf("gameboy", "tetris").id);
  });

  it("splits cpc_flop 'clones' that are sequels or compilations", () => {
    expect(gameOf("cpc_flop", "ghostbus03").id).not.toBe(gameOf("cpc_flop", "ghostbus01").id);
    expect(gameOf("cpc_flop", "football1e").name).toContain("&");
  });

  it("gives the most popular game of a shared name the plain slug", () => {
    const tetrises = db.prepare("SELECT slug, popularity FROM games WHERE name = 'Tetris' ORDER BY popularity DESC").all() as Array<{
      slug: string;
    }>;
    expect(tetrises.length).toBeGreaterThan(5);
    expect(tetrises[0]!.slug).toBe("tetris");
    expect(new Set(tetrises.map((t) => t.slug)).size).toBe(tetrises.length);
  });

  it("ranks widely ported, widely released games as more popular than one-offs", () => {
    const popularity = (list: string, name: string) =>
      db.prepare("SELECT popularity FROM games WHERE id = ?").pluck().get(gameOf(list, name).id) as number;
    expect(popularity("snes", "zelda3")).toBeGreaterThan(popularity("snes_bspack", "bszelda3") - 0.01);
    expect(popularity("amigaocs_flop", "tetris")).toBeGreaterThan(popularity("bk0010", "tetris"));
    expect(popularity("nes", "megaman2")).toBeGreaterThan(50);
  });
});
