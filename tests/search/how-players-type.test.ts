// What players type when they know a game well (issue 17): abbreviations, platform words, years and numbers
// written out, on a small catalog of real titles and platforms whose popularities set up the collisions.
import { describe, expect, it } from "vitest";

import type { SearchDocument } from "@/lib/catalog/search-document";
import { LiveSearchIndex } from "@/lib/search/live-search-index";
import { SearchIndex } from "@/lib/search/search-index";
import type { SearchOptions } from "@/lib/search/types";

import { GAME_BOY, GBA, MEGA_DRIVE, N64, NES, PLAYSTATION, SNES } from "./catalog-platforms";

const ARCADE = { id: 900, slug: "arcade", name: "Arcade", gameCount: 5 };
const PLATFORMS = [NES, SNES, GAME_BOY, GBA, N64, MEGA_DRIVE, PLAYSTATION, ARCADE];

function game(id: number, titles: string[], popularity: number, platforms: Array<{ id: number }>, year: number): SearchDocument {
  return {
    id,
    titles,
    popularity,
    platformIds: platforms.map((p) => p.id),
    years: [year],
    sortName: titles[0]!.toLowerCase(),
    firstReleaseDate: String(year),
  };
}

const index = SearchIndex.build(
  [
    game(1, ["Super Mario World"], 60, [SNES], 1990),
    game(2, ["SMW Racing Challenge"], 60, [PLAYSTATION], 1999), // holds the letters as a word
    game(3, ["Space Mission Warriors"], 20, [GAME_BOY], 1991), // a rarer game with the same initials
    game(4, ["Final Fantasy VI"], 40, [SNES], 1994),
    game(5, ["Final Fantasy VI Advance"], 55, [GBA], 2006),
    game(6, ["Fighting Force 64"], 45, [N64], 1999),
    game(7, ["The Legend of Zelda: A Link to the Past"], 70, [SNES], 1991),
    game(8, ["The Legend of Zelda: Ocarina of Time"], 60, [N64], 1998),
    game(9, ["The Legend of Zelda"], 56, [NES], 1987),
    game(10, ["Prince of Persia"], 82, [SNES, GAME_BOY], 1989),
    game(11, ["POP"], 30, [PLAYSTATION], 1996), // a real title that is the letters
    game(12, ["Grand Theft Auto"], 47, [PLAYSTATION], 1997),
    game(13, ["Gremlins: The Adventure"], 70, [NES], 1990), // derives "gta" too, and is more popular
    game(14, ["Mega Man X"], 65, [SNES], 1993),
    game(15, ["Mega Man 10"], 40, [PLAYSTATION], 2010),
    game(20, ["Metroid"], 57, [NES], 1986),
    game(21, ["Super Metroid"], 62, [SNES], 1994),
    game(22, ["Metroid II: Return of Samus"], 58, [GAME_BOY], 1991),
    game(23, ["Metroid Fusion"], 61, [GBA], 2002),
    game(30, ["Street Fighter II"], 50, [SNES, GAME_BOY], 1992),
    game(31, ["Street Fighter Alpha 3"], 62, [PLAYSTATION, ARCADE], 1998),
    game(32, ["Street Fighter"], 60, [ARCADE], 1987),
    game(40, ["Game Boy Camera"], 30, [GAME_BOY], 1998),
    game(41, ["Camera Kids"], 55, [GAME_BOY], 1999),
    game(42, ["Saturn Bomberman"], 40, [PLAYSTATION], 1996),
    game(43, ["Bomberman"], 80, [NES], 1985),
    game(50, ["FIFA 98: Road to World Cup"], 50, [SNES, MEGA_DRIVE], 1997),
    game(51, ["FIFA 99"], 60, [PLAYSTATION], 1998),
    game(52, ["FIFA Soccer 96"], 70, [MEGA_DRIVE], 1995),
    game(53, ["1942"], 50, [NES], 1986),
    game(54, ["1943: The Battle of Midway"], 55, [NES], 1988),
    game(55, ["NBA Jam"], 60, [SNES], 1993),
    game(56, ["NBA Jam: Tournament Edition"], 70, [SNES], 1995),
    game(60, ["Resident Evil 3"], 60, [PLAYSTATION], 1999),
    game(61, ["Resident Evil 2"], 65, [PLAYSTATION], 1998),
    game(62, ["Final Fantasy VII"], 40, [PLAYSTATION], 1997),
    game(63, ["The 7th Guest"], 30, [PLAYSTATION], 1993),
    game(64, ["The Three Musketeers"], 30, [NES], 1990),
    game(65, ["Sonic the Hedgehog"], 77, [MEGA_DRIVE], 1991),
    game(66, ["Sonic the Hedgehog"], 50, [GAME_BOY], 1991), // the same name on another platform
    game(67, ["The Never Ending Story"], 80, [NES], 1990), // its initials are a platform's name
  ],
  { platforms: PLATFORMS },
);

const OPTIONS: SearchOptions = { limit: 10, offset: 0, sort: "relevance" };
const ids = (q: string) => index.search(q, OPTIONS).hits.map((h) => h.id);
const first = (q: string) => ids(q)[0];

describe("abbreviations", () => {
  it.each([
    ["smw", 1],
    ["ff6", 4],
    ["ffvi", 4],
    ["ff 6", 4],
    ["ff six", 4],
    ["lttp", 7],
    ["alttp", 7],
    ["oot", 8],
    ["loz", 7],
    ["mmx", 14],
  ])("%s finds game %i first", (q, id) => {
    expect(first(q)).toBe(id);
  });

  it("ranks the game the letters abbreviate before a title that merely holds them as a word", () => {
    // Equal popularity: the abbreviation is the whole "title", "SMW Racing Challenge" only starts with it.
    const found = ids("smw");
    expect(found[0]).toBe(1);
    expect(found.indexOf(2)).toBeGreaterThan(0);
  });

  it("keeps a real title that is the letters, right after the far more popular game they abbreviate", () => {
    expect(ids("pop").slice(0, 2)).toEqual([10, 11]);
  });

  it("lets a real title that is the letters win when the abbreviated game is not much more popular", () => {
    const close = SearchIndex.build([game(1, ["Prince of Persia"], 40, [SNES], 1989), game(2, ["POP"], 30, [SNES], 1996)]);
    expect(close.search("pop", OPTIONS).hits.map((h) => h.id)).toEqual([2, 1]);
  });

  it("prefers a curated alias over a derived one that a more popular game shares", () => {
    expect(ids("gta").slice(0, 2)).toEqual([12, 13]);
  });

  it("reads a lone X as ten only as a guess: mm10 finds Mega Man 10 first", () => {
    expect(ids("mm10").slice(0, 2)).toEqual([15, 14]);
  });

  it("prefers the whole title's abbreviation to the same letters of a longer title", () => {
    // "Final Fantasy VI Advance" is more popular; "ff6" is all of "Final Fantasy VI".
    expect(ids("ff6").slice(0, 2)).toEqual([4, 5]);
  });
});

describe("platform words", () => {
  it("narrow to the platform instead of matching title words", () => {
    expect(first("metroid nes")).toBe(20);
    expect(first("metroid snes")).toBe(21);
    expect(first("metroid super nintendo")).toBe(21);
    expect(first("metroid game boy")).toBe(22);
    expect(first("metroid gba")).toBe(23);
    expect(first("zelda n64")).toBe(8);
    expect(first("street fighter snes")).toBe(30);
    expect(first("sonic game boy")).toBe(66);
    expect(first("sonic genesis")).toBe(65);
    expect(first("sonic mega drive")).toBe(65);
  });

  it("keep every game of the other words, the platform's first", () => {
    const found = ids("metroid snes");
    expect(found).toEqual(expect.arrayContaining([20, 21, 22, 23]));
    expect(index.search("metroid snes", OPTIONS).relaxed).toBe(false);
  });

  it("still match as title words: Game Boy Camera, Saturn Bomberman", () => {
    // "Camera Kids" is a more popular Game Boy game, but only Game Boy Camera holds every word.
    expect(ids("game boy camera").slice(0, 2)).toEqual([40, 41]);
    expect(first("saturn bomberman")).toBe(42);
  });

  it("alone are a title search", () => {
    expect(first("game boy")).toBe(40);
  });

  it("are never derived as a title's abbreviation: 'nes' is the platform, not The Never Ending Story", () => {
    expect(ids("nes")).not.toContain(67);
    expect(first("never ending story")).toBe(67);
  });
});

describe("years", () => {
  it("boost the games released that year", () => {
    expect(first("nba jam 1993")).toBe(55);
    expect(first("nba jam 1995")).toBe(56);
  });

  it("never drop a title that holds the number, and it beats a game merely released that year", () => {
    // FIFA 99 came out in 1998; FIFA 98 is the game named so.
    expect(first("fifa '98")).toBe(50);
    expect(first("fifa 98")).toBe(50);
    expect(ids("fifa '98")).toContain(51);
    expect(first("1942")).toBe(53);
  });
});

describe("numbers spelled out", () => {
  it.each([
    ["resident evil three", 60],
    ["final fantasy seven", 62],
    ["the seventh guest", 63],
    ["seventh guest", 63],
    ["3 musketeers", 64],
    ["three musketeers", 64],
  ])("%s finds game %i first", (q, id) => {
    expect(first(q)).toBe(id);
  });
});

describe("the live index", () => {
  it("builds its overlay of newer games with the base's platforms, and derives their abbreviations", () => {
    const live = new LiveSearchIndex(SearchIndex.build([game(1, ["Metroid"], 57, [NES], 1986)], { platforms: PLATFORMS }), () => []);
    live.upsert([game(2, ["Metroid"], 40, [GAME_BOY], 1991), game(3, ["Super Metroid Fusion Rush"], 30, [SNES], 1994)]);
    const found = (q: string) => live.search(q, OPTIONS).hits.map((h) => h.id);
    expect(found("metroid game boy")[0]).toBe(2);
    expect(found("smfr")).toEqual([3]);
  });
});
