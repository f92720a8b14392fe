// Ranking and tolerance of the search engine on a small synthetic catalog, one case per rule. The labelled
// query set over the real catalog is checked in search-quality.test.ts.
import { describe, expect, it } from "vitest";

import type { SearchDocument } from "@/lib/catalog/search-document";
import { SearchIndex } from "@/lib/search/search-index";
import type { SearchOptions } from "@/lib/search/types";

const OPTIONS: SearchOptions = { limit: 10, offset: 0, sort: "relevance" };

function doc(id: number, titles: string[], popularity = 50, extra: Partial<SearchDocument> = {}): SearchDocument {
  return {
    id,
    titles,
    popularity,
    platformIds: [1],
    years: [1990],
    sortName: titles[0]!.toLowerCase(),
    firstReleaseDate: "1990",
    ...extra,
  };
}

const index = SearchIndex.build([
  doc(1, ["Tetris"], 60),
  doc(2, ["Tetris 2"], 40),
  doc(3, ["Metroid"], 70),
  doc(4, ["Pokémon: Red Version", "Pocket Monsters Aka"], 80),
  doc(5, ["Final Fantasy III"], 60),
  doc(6, ["Ms. Pac-Man"], 60),
  doc(7, ["F-Zero"], 55),
  doc(8, ["SimCity"], 55, { platformIds: [2], years: [1991], firstReleaseDate: "1991" }),
  doc(9, ["Mega Man 2", "Rockman 2: Dr. Wily no Nazo"], 70),
  doc(10, ["Castlevania"], 70),
  doc(11, ["Chrono Trigger"], 75),
  doc(12, ["Mega Man X"], 65),
]);

const top = (q: string, options: Partial<SearchOptions> = {}) => index.search(q, { ...OPTIONS, ...options }).hits.map((h) => h.id);

describe("SearchIndex.search", () => {
  it.each([
    ["exact title before a longer one", "tetris", 1],
    ["typo", "metriod", 3],
    ["typo in a multi-word title", "chrono triger", 11],
    ["accent folding", "pokemon red", 4],
    ["roman numeral from an arabic one", "final fantasy 3", 5],
    ["prefix while typing", "castlev", 10],
    ["punctuation and spacing", "ms pacman", 6],
    ["joined words", "fzero", 7],
    ["split words", "sim city", 8],
    ["word order", "red pokemon", 4],
    ["alternative title", "rockman 2", 9],
    ["alternative title, other language", "pocket monsters", 4],
  ])("finds %s: %j", (_kind, q, id) => {
    expect(top(q)[0]).toBe(id);
  });

  it("does not read the letter X of Mega Man X as 10 before the real match", () => {
    expect(top("mega man x")[0]).toBe(12);
  });

  it("returns nothing, without throwing, for gibberish and FTS syntax", () => {
    expect(top("qqqxxzzjj")).toEqual([]);
    for (const q of ['"', "*", "NEAR(", "-", ":", "", "   "]) expect(() => index.search(q, OPTIONS)).not.toThrow();
  });

  it("filters by platform and year, and sorts by name", () => {
    expect(top("simcity", { platformId: 1 })).toEqual([]);
    expect(top("simcity", { platformId: 2 })).toEqual([8]);
    expect(top("tetris", { year: 1991 })).toEqual([]);
    expect(top("tetris", { sort: "name" })).toEqual([1, 2]);
    expect(index.search("tetris", OPTIONS).total).toBe(2);
  });
});
