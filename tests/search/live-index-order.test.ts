// Two instances receive the same games in different orders (one from IGDB's answer, one from its replica);
// equal scores must still rank the same on both, or identical searches disagree across instances.
import { describe, expect, it } from "vitest";

import type { SearchDocument } from "@/lib/catalog/search-document";
import { LiveSearchIndex } from "@/lib/search/live-search-index";
import { SearchIndex } from "@/lib/search/search-index";

const doc = (id: number, title: string): SearchDocument => ({
  id,
  titles: [title],
  popularity: 0,
  platformIds: [1],
  years: [1990],
  sortName: title.toLowerCase(),
  firstReleaseDate: null,
});

describe("LiveSearchIndex overlay order", () => {
  it("ranks ties identically whatever order the overlay's games arrived in", () => {
    const games = [doc(905, "Tetris"), doc(901, "Tetris"), doc(903, "Tetris"), doc(902, "Tetris Plus")];
    const options = { limit: 10, offset: 0, sort: "relevance" as const };
    const a = new LiveSearchIndex(SearchIndex.build([]), () => []);
    const b = new LiveSearchIndex(SearchIndex.build([]), () => []);
    a.upsert(games);
    b.upsert([...games].reverse());
    const idsA = a.search("tetris", options).hits.map((h) => h.id);
    expect(idsA).toEqual(b.search("tetris", options).hits.map((h) => h.id));
    expect(idsA.slice(0, 3)).toEqual([901, 903, 905]); // the three exact titles, tied, by id
  });
});
