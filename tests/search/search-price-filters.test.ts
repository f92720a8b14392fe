// Search with the store's filters (on_sale, max_price, sort=price) through the real route, against the real SQLite
// catalog and the search index built from it, with prices in a real PostgreSQL: only priced games match the
// filters, totals and pages stay right, the order is by the price in the visitor's currency, and malformed values
// are refused. Prints the latency with and without the filters.
import { NextRequest } from "next/server";
import { beforeAll, beforeEach, describe, expect, it } from "vitest";

import { GET as search } from "@/app/api/games/search/route";
import { compareAmounts } from "@/lib/money";
import { searchGamesQuerySchema } from "@/lib/search/schemas";
import { searchGames } from "@/lib/search/search-games";
import { forgetStorePrices } from "@/lib/store/pricing/list-store-prices";
import { searchPriceOrder } from "@/lib/store/pricing/search-price-order";
import { createListing, createSale, daysFrom } from "@/tests/store/pricing/support/price-fixtures";
import { setUpStoreDatabase } from "@/tests/store/pricing/support/store-database";

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = Record<string, any>;

setUpStoreDatabase("postgres");

const now = new Date();
let marios: number[] = [];

async function searchFor(query: string, headers: Record<string, string> = {}) {
  const res = await search(new NextRequest(`http://localhost/api/games/search?${query}`, { headers }), undefined);
  return { status: res.status, body: (await res.json()) as Json };
}

beforeAll(async () => {
  // Eight games the query "mario" finds, priced in USD and EUR: the even ones on sale.
  const found = await searchGames(searchGamesQuerySchema.parse({ q: "mario", sort: "popularity", limit: 8 }));
  marios = found.results.map((g) => g.id);
  expect(marios).toHaveLength(8);
  const usd = ["59.99", "9.99", "19.99", "10.00", "4.99", "29.99", "14.99", "7.99"];
  for (const [i, id] of marios.entries()) {
    const listingId = await createListing(id, { USD: usd[i]!, EUR: "20.00" }, { listedAt: daysFrom(now, -60) });
    if (i % 2 === 0) await createSale([listingId], 50, daysFrom(now, -1), daysFrom(now, 3));
  }
  // USD now: 29.99(sale) 9.99 9.99(sale: 19.99 × 50% = 10.00 off) 10.00 2.49(sale: 2.50 off) 29.99 7.49(sale) 7.99
});
beforeEach(() => forgetStorePrices());

describe("GET /api/games/search with on_sale, max_price and sort=price", () => {
  it("on_sale=true finds only the discounted games, with the right total", async () => {
    const { status, body } = await searchFor("q=mario&on_sale=true&currency=USD&limit=50");
    expect(status).toBe(200);
    expect(body.meta.total).toBe(4);
    expect(new Set(body.results.map((g: Json) => g.id))).toEqual(new Set(marios.filter((_, i) => i % 2 === 0)));
    for (const g of body.results) expect(g.offer.discount_percent).toBeGreaterThan(0);
  });

  it("max_price keeps the games at or under the price in the visitor's currency (the bound included)", async () => {
    const { body } = await searchFor("q=mario&max_price=10&currency=USD&limit=50");
    expect(body.meta.total).toBe(6);
    for (const g of body.results) expect(compareAmounts(g.offer.price, "10.00")).toBeLessThanOrEqual(0);
    expect(body.results.map((g: Json) => g.offer.price)).toContain("10.00");
    // The same ceiling in euros: every game costs 20.00 or 10.00 there.
    const eur = await searchFor("q=mario&max_price=10.00", { cookie: "questlog_currency=EUR" });
    expect(eur.body.meta.total).toBe(4);
    for (const g of eur.body.results) expect(g.offer).toMatchObject({ currency: "EUR", price: "10.00" });
  });

  it("sort=price orders by the effective price, cheapest first, and pages without gaps", async () => {
    const all = await searchFor("q=mario&sort=price&on_sale=false&currency=USD&limit=50");
    const priced = (all.body.results as Json[]).filter((g) => g.offer !== null);
    expect(priced.map((g) => g.offer.price)).toEqual(["2.49", "7.49", "7.99", "9.99", "9.99", "10.00", "29.99", "29.99"]);
    // Every priced game before any game not for sale.
    expect(all.body.results.slice(0, 8).every((g: Json) => g.offer !== null)).toBe(true);
    expect(all.body.meta.total).toBeGreaterThan(8);

    const filtered = await searchFor("q=mario&sort=price&max_price=9.99&currency=USD&limit=2&offset=2");
    expect(filtered.body.meta.total).toBe(5);
    expect(filtered.body.results.map((g: Json) => g.offer.price)).toEqual(["7.99", "9.99"]);
  });

  it("combines the filters with the platform and text filters, and finds nothing on sale for a query with no listed game", async () => {
    const both = await searchFor("q=mario&on_sale=true&max_price=8&currency=USD");
    expect(both.body.results.map((g: Json) => g.offer.price).sort()).toEqual(["2.49", "7.49"]);
    const none = await searchFor("q=zelda&on_sale=true&currency=USD");
    expect(none.status).toBe(200);
    expect(none.body.meta).toMatchObject({ total: 0, source: "database" }); // never an IGDB call for a price filter
  });

  it("sees a sale that starts after the price list was read, once the list is refreshed", async () => {
    const before = await searchPriceOrder({ on_sale: true, sort: "relevance" }, "USD");
    const extra = await searchGames(searchGamesQuerySchema.parse({ q: "mario", sort: "popularity", limit: 9 }));
    const ninth = extra.results[8]!.id;
    const listingId = await createListing(ninth, { USD: "5.00" }, { listedAt: daysFrom(now, -60) });
    await createSale([listingId], 20, new Date(Date.now() - 1000), daysFrom(now, 1));
    forgetStorePrices(); // a later request: the entry expires at the next sale boundary or within a minute
    const after = await searchPriceOrder({ on_sale: true, sort: "relevance" }, "USD");
    expect(before?.ranks.has(ninth)).toBe(false);
    expect(after?.ranks.has(ninth)).toBe(true);
  });

  it.each([
    ["a negative max_price", "max_price=-1"],
    ["a zero max_price", "max_price=0"],
    ["a huge max_price", "max_price=1000000000"],
    ["an exponent", "max_price=1e3"],
    ["three decimals", "max_price=9.999"],
    ["a word", "max_price=cheap"],
    ["SQL in max_price", "max_price=1%20OR%201%3D1"],
    ["a thousand digits", `max_price=${"9".repeat(1000)}`],
    ["on_sale=yes", "on_sale=yes"],
    ["on_sale=1", "on_sale=1"],
    ["an unknown sort", "sort=-price"],
    ["SQL in the sort", "sort=price%27--"],
    ["an unknown currency", "on_sale=true&currency=XBT"],
  ])("answers 400 for %s", async (_, query) => {
    const res = await searchFor(`q=mario&${query}`);
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe("invalid_parameters");
  });

  it("measures the latency with and without the price filters", async () => {
    const runs = 50;
    const time = async (query: string) => {
      await searchFor(query); // warm
      const started = performance.now();
      for (let i = 0; i < runs; i++) await searchFor(query);
      return (performance.now() - started) / runs;
    };
    const plain = await time("q=mario&currency=USD");
    const onSale = await time("q=mario&on_sale=true&currency=USD");
    const byPrice = await time("q=mario&sort=price&max_price=20&currency=USD");
    const sortOnly = await time("q=mario&sort=price&currency=USD"); // a full page of 20, as the plain search
    forgetStorePrices();
    const coldStarted = performance.now();
    await searchFor("q=mario&on_sale=true&currency=USD");
    const cold = performance.now() - coldStarted;
    console.info(
      `[bench] search "mario" through the route with offers, mean of ${runs}: ${plain.toFixed(2)} ms plain, ${onSale.toFixed(2)} ms on_sale, ` +
        `${byPrice.toFixed(2)} ms sort=price&max_price, ${sortOnly.toFixed(2)} ms sort=price (20 results); ${cold.toFixed(2)} ms on_sale with the price list read from PostgreSQL`,
    );
    expect(onSale).toBeGreaterThan(0);
  });
});
