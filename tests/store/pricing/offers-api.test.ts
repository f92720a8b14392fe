// Offers in GET /api/games/{id} and the search results, through the real route handlers, on PostgreSQL and a
// real Redis cache: in the visitor's currency (cookie, Accept-Language, ?currency=), never frozen into the
// cached bodies (another currency, or a price changed since, shows at once), and ?currency=xyz a 400.
import { NextRequest } from "next/server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { GET as getGame } from "@/app/api/games/[id]/route";
import { GET as search } from "@/app/api/games/search/route";
import { GET as offersRoute } from "@/app/api/offers/route";
import { closeCache, getCache } from "@/lib/cache/get-cache";
import { closeIgdbConnection } from "@/lib/catalog-sync/igdb-connection";
import { getCatalogDb } from "@/lib/catalog/db";
import { searchGamesQuerySchema } from "@/lib/search/schemas";
import { searchGames } from "@/lib/search/search-games";
import { recordPriceChanges } from "@/lib/store/pricing/record-price-changes";
import { setListingPrice } from "@/lib/store/pricing/set-listing-price";
import { TEST_REDIS_URL } from "@/tests/support/test-redis";

import { createListing, createSale, daysFrom } from "./support/price-fixtures";
import { setUpStoreDatabase } from "./support/store-database";

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = Record<string, any>;

setUpStoreDatabase("postgres", { REDIS_URL: TEST_REDIS_URL });

const target = getCatalogDb().prepare(`SELECT id, name FROM games WHERE slug = ?`).get("the-legend-of-zelda-a-link-to-the-past") as {
  id: number;
  name: string;
};
let listingId: string;
const unique = () => `&limit=${10 + Math.floor(Math.random() * 40)}`; // a search key no earlier run left in Redis

async function fetchGame(id: number | string, { query = "", headers = {} as Record<string, string> } = {}) {
  const res = await getGame(new NextRequest(`http://localhost/api/games/${id}${query}`, { headers }), {
    params: Promise.resolve({ id: String(id) }),
  });
  return { status: res.status, headers: res.headers, body: (await res.json()) as Json };
}

async function searchFor(query: string, headers: Record<string, string> = {}) {
  const res = await search(new NextRequest(`http://localhost/api/games/search?${query}`, { headers }), undefined);
  return { status: res.status, headers: res.headers, body: (await res.json()) as Json };
}

beforeAll(async () => {
  await closeCache();
  expect(getCache().kind).toBe("redis");
  const now = new Date();
  listingId = await createListing(
    target.id,
    { USD: "19.99", EUR: "17.99", GBP: "15.99", JPY: "2480.00" },
    { listedAt: daysFrom(now, -90) },
  );
  await createSale([listingId], 25, daysFrom(now, -1), daysFrom(now, 3));
  await recordPriceChanges(); // as the every-minute job does
});
afterAll(async () => {
  await closeCache();
  await closeIgdbConnection();
});

describe("GET /api/games/{id}", () => {
  it("carries the offer in the currency of the cookie, of Accept-Language, or of ?currency=", async () => {
    const usd = await fetchGame(target.id);
    expect(usd.status).toBe(200);
    expect(usd.body.offer).toMatchObject({ currency: "USD", price: "14.99", regular_price: "19.99", discount_percent: 25 });
    expect(usd.headers.get("vary")).toMatch(/Cookie/);
    expect((await fetchGame(target.id, { headers: { "accept-language": "en-GB,en;q=0.8" } })).body.offer).toMatchObject({
      currency: "GBP",
      price: "11.99",
    });
    expect(
      (await fetchGame(target.id, { headers: { cookie: "questlog_currency=JPY", "accept-language": "en-GB" } })).body.offer,
    ).toMatchObject({
      currency: "JPY",
      price: "1860.00",
    });
    expect((await fetchGame(target.id, { query: "?currency=eur", headers: { cookie: "questlog_currency=JPY" } })).body.offer).toMatchObject(
      {
        currency: "EUR",
        price: "13.49",
        sale_ends_at: expect.any(String),
        lowest_price_30d: expect.any(String),
      },
    );
  });

  it("answers 400 for a currency we do not sell, and null for a game not for sale", async () => {
    for (const bad of ["xyz", "KWD", "", "usd%00", "U".repeat(5000)]) {
      const res = await fetchGame(target.id, { query: `?currency=${bad}` });
      expect(res.status).toBe(400);
      expect(res.body.error).toMatchObject({ code: "invalid_parameters", message: expect.stringContaining("currency") });
    }
    const other = getCatalogDb()
      .prepare(`SELECT id FROM games WHERE id <> ? ORDER BY popularity DESC LIMIT 1`)
      .pluck()
      .get(target.id) as number;
    expect((await fetchGame(other)).body.offer).toBeNull();
  });

  it("is not frozen in the cached game: a price change shows on the next request", async () => {
    await fetchGame(target.id, { query: "?currency=GBP" }); // cached now (Redis)
    await setListingPrice(listingId, "GBP", "19.99");
    expect((await fetchGame(target.id, { query: "?currency=GBP" })).body.offer).toMatchObject({
      regular_price: "19.99",
      price: "14.99",
      lowest_price_30d: "11.99",
    });
  });
});

describe("GET /api/games/search", () => {
  it("carries offers per result, per currency, after the search cache", async () => {
    const query = `q=zelda%20link%20to%20the%20past${unique()}`;
    const first = await searchFor(query, { "accept-language": "ja-JP" });
    expect(first.status).toBe(200);
    const hit = first.body.results.find((g: Json) => g.id === target.id);
    expect(hit.offer).toMatchObject({ currency: "JPY", regular_price: "2480.00" });
    for (const g of first.body.results) if (g.id !== target.id) expect(g.offer).toBeNull();

    const second = await searchFor(query, { "accept-language": "de-DE" });
    expect(second.body.meta.source).toBe("cache");
    expect(second.body.results.find((g: Json) => g.id === target.id).offer).toMatchObject({ currency: "EUR", regular_price: "17.99" });
  });

  it("answers 400 for ?currency=xyz", async () => {
    const res = await searchFor("q=zelda&currency=xyz");
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe("invalid_parameters");
  });

  it("adds little to a search page: 20 offers attached in a few milliseconds", async () => {
    const query = `q=mario${unique()}`;
    const first = await searchFor(query); // warm: cached search, open pool
    // Give every result of the page a listing, so the offers are real work (20 prices, sales, history).
    for (const game of first.body.results as Json[]) if (game.id !== target.id) await createListing(game.id, { USD: "9.99", EUR: "9.99" });
    const runs = 40;
    const time = async (fn: () => Promise<unknown>) => {
      const started = performance.now();
      for (let i = 0; i < runs; i++) await fn();
      return (performance.now() - started) / runs;
    };
    const parsed = searchGamesQuerySchema.parse(Object.fromEntries(new URLSearchParams(query)));
    const without = await time(() => searchGames(parsed));
    const withOffers = await time(() => searchFor(query, { "accept-language": "fr" }));
    const results = (await searchFor(query)).body.results as Json[];
    expect(results.filter((g) => g.offer !== null).length).toBe(results.length);
    console.info(
      `[bench] cached search page (${results.length} results): ${without.toFixed(2)} ms without offers, ${withOffers.toFixed(2)} ms through the route with offers`,
    );
    expect(withOffers - without).toBeLessThan(25);
  });
});

describe("GET /api/offers", () => {
  async function offers(query: string, headers: Record<string, string> = {}) {
    const res = await offersRoute(new NextRequest(`http://localhost/api/offers?${query}`, { headers }), undefined);
    return { status: res.status, headers: res.headers, body: (await res.json()) as Json };
  }

  it("answers the offers of several games, null for those not for sale, in the visitor's currency, never cached shared", async () => {
    const res = await offers(`ids=${target.id},2000000000`, { cookie: "questlog_currency=EUR" });
    expect(res.status).toBe(200);
    expect(res.body.currency).toBe("EUR");
    expect(res.body.offers[target.id]).toMatchObject({ currency: "EUR", regular_price: "17.99" });
    expect(res.body.offers["2000000000"]).toBeNull();
    expect(res.headers.get("cache-control")).toMatch(/private/);
    expect(res.headers.get("vary")).toMatch(/Accept-Language/);
    expect((await offers(`ids=${target.id}`, { "accept-language": "ja" })).body.currency).toBe("JPY");
  });

  it.each([
    ["no ids", ""],
    ["empty ids", "ids="],
    ["a word", "ids=abc"],
    ["a negative id", "ids=-1"],
    ["zero", "ids=0"],
    ["a fraction", "ids=1.5"],
    ["an id past int4", "ids=99999999999"],
    ["an empty part", "ids=1,,2"],
    ["101 ids", `ids=${Array.from({ length: 101 }, (_, i) => i + 1).join(",")}`],
    ["a huge list", `ids=${"1,".repeat(50_000)}1`],
    ["an unknown currency", "ids=1&currency=BTC"],
  ])("answers 400 for %s", async (_, query) => {
    const res = await offers(query);
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe("invalid_parameters");
  });

  it("ignores a forged or garbage currency cookie rather than failing", async () => {
    for (const cookie of [
      "questlog_currency=<script>",
      "questlog_currency=%00",
      "questlog_currency=KWD",
      `questlog_currency=${"E".repeat(4000)}`,
    ]) {
      const res = await offers(`ids=${target.id}`, { cookie, "accept-language": "en-GB" });
      expect(res.status).toBe(200);
      expect(res.body.currency).toBe("GBP");
    }
  });
});
