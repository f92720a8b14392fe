// The import pipeline on a small real-format file in a temporary SQLite database.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { gzipSync } from "node:zlib";

import { afterEach, beforeEach, describe, expect, it } from "vitest";

import { importCatalog, type ImportProgress } from "@/lib/catalog/import/import-catalog";
import { migrations } from "@/lib/catalog/migrations";
import { openCatalogDatabase, type CatalogDatabase } from "@/lib/catalog/open-catalog-database";

const LINES = [
  {
    list: "nes",
    list_description: "Nintendo Entertainment System cartridges",
    name: "megaman2",
    description: "Mega Man 2 (Europe)",
    year: "1990",
    publisher: "Capcom",
  },
  {
    list: "nes",
    list_description: "Nintendo Entertainment System cartridges",
    name: "megaman2u",
    cloneof: "megaman2",
    description: "Mega Man 2 (USA)",
    year: "1989",
    publisher: "Capcom",
    info: { release: "198906xx" },
  },
  {
    list: "nes",
    list_description: "Nintendo Entertainment System cartridges",
    name: "rockman2",
    cloneof: "megaman2",
    description: "Rockman 2 - Dr. Wily no Nazo (Japan)",
    year: "1988",
    publisher: "Capcom",
    info: { release: "19881224", alt_title: "ロックマン2 Dr.ワイリーの謎" },
  },
  {
    list: "vgmplay",
    list_description: "Video Game Music Files",
    name: "mm2",
    description: "Mega Man 2 soundtrack",
    year: "1988",
    publisher: "Capcom",
  },
  {
    list: "gameboy",
    list_description: "Nintendo Game Boy cartridges",
    name: "megaman2",
    description: "Mega Man II (Europe)",
    year: "1992",
    publisher: "Nintendo",
  },
];

let dir: string;
let db: CatalogDatabase;
let source: string;

beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), "questlog-import-"));
  source = path.join(dir, "source.ndjson.gz");
  const body = [...LINES.map((l) => JSON.stringify(l)), "{not json", JSON.stringify({ list: "nes" })].join("\n");
  writeFileSync(source, gzipSync(body));
  db = openCatalogDatabase(path.join(dir, "catalog.sqlite"));
});

afterEach(() => {
  db.close();
  rmSync(dir, { recursive: true, force: true });
});

describe("importCatalog", () => {
  it("imports games with releases, alternative titles and the FTS index, skipping bad lines and non-game lists", async () => {
    const phases = new Set<string>();
    const result = await importCatalog(db, source, { onProgress: (p: ImportProgress) => phases.add(p.phase) });
    expect(result).toMatchObject({ skipped: false, games: 2, releases: 4, entriesRead: 5, entriesSkipped: 2, nonGameEntries: 1 });
    expect([...phases]).toEqual(["read", "group", "write", "done"]);
    const game = db.prepare("SELECT * FROM games WHERE slug = 'mega-man-2'").get() as {
      id: number;
      first_release_date: string;
      release_count: number;
    };
    expect(game.first_release_date).toBe("1988-12-24");
    expect(game.release_count).toBe(3);
    expect(db.prepare("SELECT title FROM alternative_titles WHERE game_id = ? ORDER BY title").pluck().all(game.id)).toEqual([
      "Rockman 2: Dr. Wily no Nazo",
      "ロックマン2 Dr.ワイリーの謎",
    ]);
    expect(db.prepare("SELECT rowid FROM game_search WHERE game_search MATCH 'rockman'").pluck().all()).toEqual([game.id]);
  });

  it("is idempotent: an unchanged source is skipped, and a forced re-import keeps ids and slugs", async () => {
    await importCatalog(db, source);
    const before = db.prepare("SELECT id, slug, name FROM games ORDER BY id").all();
    const again = await importCatalog(db, source);
    expect(again.skipped).toBe(true);
    const forced = await importCatalog(db, source, { force: true });
    expect(forced.skipped).toBe(false);
    expect(db.prepare("SELECT id, slug, name FROM games ORDER BY id").all()).toEqual(before);
    expect(db.prepare("SELECT count(*) FROM releases").pluck().get()).toBe(4);
    expect(db.prepare("SELECT count(*) FROM game_search").pluck().get()).toBe(2);
  });

  it("records applied schema migrations once", () => {
    const versions = db.prepare("SELECT version FROM schema_migrations").pluck().all();
    expect(versions).toEqual(migrations.map((m) => m.version));
    db.close();
    db = openCatalogDatabase(path.join(dir, "catalog.sqlite"));
    expect(db.prepare("SELECT count(*) FROM schema_migrations").pluck().get()).toBe(migrations.length);
    expect(db.pragma("journal_mode", { simple: true })).toBe("wal");
  });
});
