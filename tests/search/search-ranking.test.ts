import { describe, expect, it } from "vitest";

import type { SearchDocument } from "@/lib/catalog/search-document";
import { SearchIndex } from "@/lib/search/search-index";

interface Game {
  id: number;
  titles: string[];
  popularity: number;
}

function build(games: Game[]): SearchIndex {
  return SearchIndex.build(
    games.map<SearchDocument>((g) => ({
      ...g,
      platformIds: [1],
      years: [],
      sortName: g.titles[0]!.toLowerCase(),
      firstReleaseDate: null,
    })),
  );
}

/** A small catalog with the ambiguities of the real one: sequels, spin-offs, regional and pirate titles. */
const catalog = build([
  { id: 1, titles: ["Tetris"], popularity: 70 },
  { id: 2, titles: ["Tetris 2"], popularity: 75 },
  { id: 3, titles: ["Tetris Attack"], popularity: 60 },
  { id: 4, titles: ["Tetris"], popularity: 30 }, // same name, another platform, less popular
  { id: 10, titles: ["Metroid"], popularity: 57 },
  { id: 11, titles: ["Metroid Fusion"], popularity: 61 },
  { id: 12, titles: ["Super Metroid"], popularity: 52 },
  { id: 20, titles: ["The Legend of Zelda: A Link to the Past", "Zelda no Densetsu: Kamigami no Triforce"], popularity: 70 },
  { id: 21, titles: ["The Legend of Zelda"], popularity: 56 },
  { id: 22, titles: ["Zelda II: The Adventure of Link"], popularity: 47 },
  { id: 23, titles: ["Link: The Faces of Evil"], popularity: 20 },
  { id: 30, titles: ["Pokémon: Red Version", "Pocket Monsters Aka"], popularity: 68 },
  { id: 31, titles: ["Pokémon: Blue Version", "Pocket Monsters Ao"], popularity: 67 },
  { id: 32, titles: ["Pokemon Stadium"], popularity: 73 },
  { id: 40, titles: ["Final Fantasy III", "Zui Zhong Huan Xian III"], popularity: 62 },
  { id: 41, titles: ["Final Fantasy II"], popularity: 57 },
  { id: 42, titles: ["Final Fantasy"], popularity: 55 },
  { id: 43, titles: ["Final Fantasy Legend III"], popularity: 50 },
  { id: 50, titles: ["Mega Man 2", "Rockman 2: Dr. Wily no Nazo"], popularity: 53 },
  { id: 51, titles: ["Mega Man X", "Rockman X"], popularity: 53 },
  { id: 52, titles: ["Mega Man X3", "Rockman X3"], popularity: 70 },
  { id: 53, titles: ["Mega Man", "Rockman"], popularity: 64 },
  { id: 54, titles: ["Mega Man 10"], popularity: 40 },
  { id: 60, titles: ["Ms. Pac-Man"], popularity: 70 },
  { id: 61, titles: ["Pac-Man"], popularity: 85 },
  { id: 62, titles: ["F-Zero"], popularity: 60 },
  { id: 63, titles: ["F-Zero X"], popularity: 53 },
  { id: 64, titles: ["SimCity"], popularity: 67 },
  { id: 65, titles: ["Sim City 2000"], popularity: 50 },
  { id: 70, titles: ["Castlevania", "Akumajou Dracula"], popularity: 87 },
  { id: 71, titles: ["Castlevania: Aria of Sorrow"], popularity: 54 },
  { id: 72, titles: ["Castle of Illusion"], popularity: 70 },
  { id: 80, titles: ["Resident Evil", "BioHazard"], popularity: 72 },
  { id: 81, titles: ["Resident Evil 2", "BioHazard 2"], popularity: 66 },
  { id: 90, titles: ["Chrono Trigger"], popularity: 49 },
  { id: 91, titles: ["Tiger Heli"], popularity: 40 },
  { id: 100, titles: ["Super Mario World"], popularity: 58 },
  { id: 101, titles: ["Super Mario Bros."], popularity: 83 },
  { id: 102, titles: ["Super Mario Land"], popularity: 45 },
  { id: 110, titles: ["Lemmings"], popularity: 97 },
  { id: 111, titles: ["Lemings"], popularity: 10 }, // a real, obscure title that equals a common typo
]);

const ids = (q: string, limit = 5) => catalog.search(q, { limit, offset: 0, sort: "relevance" }).hits.map((h) => h.id);
const first = (q: string) => ids(q)[0];

describe("ranking: relevance blended with popularity", () => {
  it("puts the full-title match before longer titles with the same words, even a more popular one", () => {
    expect(ids("tetris")).toEqual([1, 4, 2, 3]);
  });

  it("orders equal matches by popularity", () => {
    expect(ids("tetris").indexOf(1)).toBeLessThan(ids("tetris").indexOf(4));
  });

  it("prefers the display name over an alternative title at equal popularity", () => {
    const index = build([
      { id: 1, titles: ["Space Harrier", "Jet Fighter"], popularity: 50 },
      { id: 2, titles: ["Jet Fighter"], popularity: 50 },
    ]);
    expect(index.search("jet fighter", { limit: 2, offset: 0, sort: "relevance" }).hits.map((h) => h.id)).toEqual([2, 1]);
  });

  it("lets one query word match one title word only", () => {
    const index = build([
      { id: 1, titles: ["Bubble Bobble"], popularity: 50 },
      { id: 2, titles: ["Bubble"], popularity: 50 },
    ]);
    // "bubble" is one typo from "bobble", but must not also claim it and pass for the whole title.
    expect(index.search("bubble", { limit: 2, offset: 0, sort: "relevance" }).hits.map((h) => h.id)).toEqual([2, 1]);
  });

  it("lets a famous game beat an obscure title that happens to equal the typo", () => {
    expect(first("lemings")).toBe(110);
    expect(ids("lemings")).toContain(111);
  });

  it("scores are descending", () => {
    const scores = catalog.search("mega man", { limit: 10, offset: 0, sort: "relevance" }).hits.map((h) => h.score);
    expect([...scores].sort((a, b) => b - a)).toEqual(scores);
  });
});

describe("ranking: tolerance", () => {
  it.each([
    ["metriod", 10],
    ["castlevana", 70],
    ["chrono triger", 90],
    ["super mario wrold", 100],
    ["teris", 1],
  ])("forgives typos: %j", (q, id) => {
    expect(first(q)).toBe(id);
  });

  it("finds Zelda games through a doubled letter", () => {
    expect(ids("zeldda")).toEqual(expect.arrayContaining([20, 21, 22]));
  });

  it("folds accents both ways", () => {
    expect(first("pokemon red")).toBe(30);
    expect(first("pokémon stadium")).toBe(32);
  });

  it("reads numerals both ways, as aliases", () => {
    expect(first("final fantasy 3")).toBe(40);
    expect(first("final fantasy ii")).toBe(41);
    expect(first("mega man ii")).toBe(50);
  });

  it("keeps the X of Mega Man X a letter: the title wins over Mega Man 10 and Mega Man X3", () => {
    expect(first("mega man x")).toBe(51);
    expect(ids("mega man 10")[0]).toBe(54);
  });

  it("completes the word being typed", () => {
    expect(first("castlev")).toBe(70);
    expect(first("super mario wor")).toBe(100);
    expect(first("metroid fus")).toBe(11);
  });

  it("completes a one-letter word on the titles the other words found", () => {
    const index = build([
      { id: 1, titles: ["Road Rash"], popularity: 80 },
      { id: 2, titles: ["Road Runner"], popularity: 50 },
      { id: 3, titles: ["Road Toad"], popularity: 90 },
      { id: 4, titles: ["The Blues Brothers"], popularity: 90 },
      { id: 5, titles: ["The Simpsons: Bart vs. the Space Mutants"], popularity: 70 },
      // Many other words start with "r", "b" and "t" ("rab", "bab", "tab", …): more than completions list.
      ...Array.from({ length: 120 }, (_, i) => {
        const tail = String.fromCharCode(97 + Math.floor(i / 26), 97 + (i % 26));
        return { id: 100 + i, titles: [`R${tail} B${tail} T${tail} Thing`], popularity: 60 };
      }),
    ]);
    const top = (q: string) => index.search(q, { limit: 3, offset: 0, sort: "relevance" }).hits.map((h) => h.id);
    expect(top("road r").slice(0, 2)).toEqual([1, 2]);
    expect(top("the blues b")[0]).toBe(4);
    expect(top("the simpsons bart vs t")[0]).toBe(5);
  });

  it("completes a word typed with a typo in it", () => {
    expect(first("castlvan")).toBe(70);
    expect(first("super mario wrol")).toBe(100);
  });

  it.each([
    ["ms pacman", 60],
    ["mspacman", 60],
    ["pacman", 61],
    ["fzero", 62],
    ["f zero x", 63],
    ["simcity", 64],
    ["sim city 2000", 65],
    ["simcity 2000", 65],
    ["megaman", 53],
    ["megaman x", 51],
  ])("ignores punctuation and spacing: %j", (q, id) => {
    expect(first(q)).toBe(id);
  });

  it("ignores word order", () => {
    expect(first("link to the past zelda")).toBe(20);
    expect(first("red pokemon")).toBe(30);
    expect(first("aria of sorrow castlevania")).toBe(71);
  });

  it.each([
    ["rockman", 53],
    ["rockman 2", 50],
    ["biohazard", 80],
    ["bio hazard 2", 81],
    ["pocket monsters aka", 30],
    ["akumajou dracula", 70],
    ["zelda no densetsu", 20],
  ])("finds games by alternative titles: %j", (q, id) => {
    expect(first(q)).toBe(id);
  });
});

describe("matching rules", () => {
  it("does not require very common words", () => {
    const index = build(
      Array.from({ length: 60 }, (_, i) => ({ id: i + 1, titles: [i === 0 ? "Tetris" : `The Game of ${i}`], popularity: 50 })),
    );
    expect(index.search("the tetris", { limit: 5, offset: 0, sort: "relevance" }).hits.map((h) => h.id)).toEqual([1]);
  });

  it("drops one unmatched word when nothing matches them all", () => {
    expect(ids("zelda snes")).toEqual(expect.arrayContaining([20, 21, 22]));
    expect(ids("metroid qqqq")[0]).toBe(10);
  });

  it("gives zero results, not an error, when two words match nothing", () => {
    expect(catalog.search("qqqq zzzz metroid", { limit: 5, offset: 0, sort: "relevance" })).toEqual({ hits: [], total: 0, relaxed: false });
  });

  it("never throws, whatever the query", () => {
    for (const q of [
      '"',
      "*",
      "NEAR(a b)",
      "-tetris",
      "title:zelda",
      "",
      "   ",
      "%_",
      "'; DROP TABLE games; --",
      "🎮",
      "x".repeat(10_000),
    ]) {
      expect(() => catalog.search(q, { limit: 5, offset: 0, sort: "relevance" })).not.toThrow();
    }
    expect(catalog.search('"metroid"', { limit: 5, offset: 0, sort: "relevance" }).hits[0]?.id).toBe(10);
  });
});
