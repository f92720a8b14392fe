// The search engine with the store's price order (PriceOrder: game id → rank by price): the price filters keep only
// the ranked games with totals and pages right, sort=price orders by rank with games not for sale last (most popular
// first), and a live index merges its overlay by rank too.
import { describe, expect, it } from "vitest";

import type { SearchDocument } from "@/lib/catalog/search-document";
import { LiveSearchIndex } from "@/lib/search/live-search-index";
import { SearchIndex } from "@/lib/search/search-index";
import type { PriceOrder, SearchOptions } from "@/lib/search/types";

const doc = (id: number, title: string, popularity: number): SearchDocument => ({
  id,
  titles: [title],
  popularity,
  platformIds: [1],
  years: [1990],
  sortName: title.toLowerCase(),
  firstReleaseDate: "1990",
});

const documents = [
  doc(1, "Mega Man", 90),
  doc(2, "Mega Man 2", 80),
  doc(3, "Mega Man 3", 70),
  doc(4, "Mega Man 4", 60),
  doc(5, "Mega Man 5", 50),
  doc(6, "Mega Man X", 40),
];
const index = SearchIndex.build(documents);
// Cheapest first: 5, 2, 6 (1, 3, 4 not for sale).
const ranks = new Map([
  [5, 0],
  [2, 1],
  [6, 2],
]);
const ids = (options: Partial<SearchOptions>) =>
  index.search("mega man", { limit: 20, offset: 0, sort: "relevance", ...options }).hits.map((h) => h.id);

describe("SearchIndex with a price order", () => {
  it("keeps only the priced games when the order filters, with the total of the filtered set", () => {
    const prices: PriceOrder = { ranks, only: true };
    expect(ids({ prices }).sort()).toEqual([2, 5, 6]);
    expect(index.search("mega man", { limit: 1, offset: 1, sort: "price", prices }).total).toBe(3);
    expect(ids({ prices: { ranks: new Map(), only: true } })).toEqual([]);
  });

  it("sorts by price rank, cheapest first, then the games not for sale by popularity", () => {
    expect(ids({ sort: "price", prices: { ranks, only: false } })).toEqual([5, 2, 6, 1, 3, 4]);
    expect(ids({ sort: "price", prices: { ranks, only: true } })).toEqual([5, 2, 6]);
  });

  it("pages through the price order without repeating or skipping a game", () => {
    const prices: PriceOrder = { ranks, only: false };
    const pages = [0, 2, 4].flatMap((offset) => ids({ sort: "price", prices, limit: 2, offset }));
    expect(pages).toEqual([5, 2, 6, 1, 3, 4]);
  });

  it("falls back to popularity for sort=price without a price order", () => {
    expect(ids({ sort: "price" })).toEqual([1, 2, 3, 4, 5, 6]);
  });
});

describe("LiveSearchIndex with a price order", () => {
  it("merges the overlay's games by price rank, not by text match", () => {
    const live = new LiveSearchIndex(SearchIndex.build(documents), () => documents);
    live.upsert([doc(7, "Mega Man 6", 30)]);
    const withSeven = new Map([
      [7, 0], // the cheapest of all
      [5, 1],
      [2, 2],
      [6, 3],
    ]);
    const hits = live.search("mega man", { limit: 3, offset: 0, sort: "price", prices: { ranks: withSeven, only: true } });
    expect(hits.hits.map((h) => h.id)).toEqual([7, 5, 2]);
    expect(hits.total).toBe(4);
  });
});
