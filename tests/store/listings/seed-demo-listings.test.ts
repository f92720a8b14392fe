// Demo listings on PostgreSQL and PGlite: 5,000 popular games of the test catalog listed in four currencies,
// about 10% on a running sale, the initial price history, the same prices on a second database, once per
// database (two seeders at once list each game once), and fast.
import { describe, expect, it } from "vitest";

import { getDb } from "@/lib/accounts-db/get-db";
import { listDemoGames } from "@/lib/store/listings/list-demo-games";
import { demoListingsWanted, seedDemoListings } from "@/lib/store/listings/seed-demo-listings";
import { getOffers } from "@/lib/store/pricing/get-offers";
import { BACKENDS } from "@/tests/accounts-db/support/test-database";
import { withEnv } from "@/tests/support/with-env";

import { setUpStoreDatabase } from "../pricing/support/store-database";

async function priceTable(): Promise<string[]> {
  const db = await getDb();
  const rows = await db.listingPrice.findMany({ include: { listing: { select: { gameId: true } } } });
  return rows.map((r) => `${r.listing.gameId}:${r.currency}:${r.amount.toFixed(2)}`).sort();
}

const firstRun: Record<string, string[]> = {};

describe.each(BACKENDS)("seedDemoListings on %s", (kind) => {
  setUpStoreDatabase(kind);

  it("lists the 5,000 most popular games in USD, EUR, GBP and JPY, ~10% on sale, with their history (the time is printed, not asserted)", async () => {
    await getDb(); // opened and migrated first: the time below is the seeding's own
    const games = listDemoGames(5_000);
    const started = performance.now();
    // Two servers starting together: one seeds, the other waits and finds the listings there.
    const [a, b] = await Promise.all([seedDemoListings({ games }), seedDemoListings({ games })]);
    const ms = performance.now() - started;
    console.info(`[bench] seedDemoListings on ${kind}: ${Math.round(ms)} ms`, a.seeded ? a : b);
    expect([a.seeded, b.seeded].sort()).toEqual([false, true]);
    const result = a.seeded ? a : b;
    if (!result.seeded) throw new Error("unreachable");
    expect(result.listings).toBe(5_000);
    expect(result.onSale / 5_000).toBeGreaterThan(0.08);
    expect(result.onSale / 5_000).toBeLessThan(0.12);
    // A first row per listing and currency, and one more where a sale runs.
    expect(result.priceChanges).toBe((5_000 + result.onSale) * 4);

    const db = await getDb();
    expect(await db.listing.count()).toBe(5_000);
    expect(await db.listingPrice.count()).toBe(20_000);
    const popular = listDemoGames(5_000).map((g) => g.id);
    expect((await db.listing.findMany({ select: { gameId: true } })).map((l) => l.gameId).sort()).toEqual([...popular].sort());

    // Offers read it: every listed game has one, sales run now, and a sale's prior price is its regular price.
    const offers = await getOffers(popular, "JPY");
    expect(offers.size).toBe(5_000);
    const onSale = [...offers.values()].filter((o) => o.discount_percent > 0);
    expect(onSale).toHaveLength(result.onSale);
    for (const offer of onSale) {
      expect(offer.lowest_price_30d).toBe(offer.regular_price);
      expect(new Date(offer.sale_ends_at!).getTime()).toBeGreaterThan(Date.now());
    }
    for (const offer of offers.values()) expect(offer.price).toMatch(/^\d+\.00$/); // whole yen

    firstRun[kind] = await priceTable();

    // getOffers is on every search page: time it for a page (20 games) and for the whole demo store.
    const page = popular.slice(100, 120);
    await getOffers(page, "EUR");
    const pageStarted = performance.now();
    for (let i = 0; i < 20; i++) await getOffers(page, "EUR");
    const pageMs = (performance.now() - pageStarted) / 20;
    const allStarted = performance.now();
    expect((await getOffers(popular, "GBP")).size).toBe(5_000);
    const allMs = performance.now() - allStarted;
    console.info(`[bench] getOffers on ${kind}: 20 games ${pageMs.toFixed(2)} ms, 5,000 games ${Math.round(allMs)} ms`);
    expect(pageMs).toBeLessThan(50);
  });

  it("does nothing on a database that has listings", async () => {
    expect(await seedDemoListings()).toEqual({ seeded: false, reason: "has listings" });
  });

  it("gives the same prices on every database", () => {
    if (kind === "pglite") expect(firstRun.pglite).toEqual(firstRun.postgres);
    else expect(firstRun.postgres).toHaveLength(20_000);
  });
});

describe("demoListingsWanted", () => {
  it.each([
    ["auto", "", true],
    ["auto", "postgresql://postgres@127.0.0.1:5432/x", false],
    ["on", "postgresql://postgres@127.0.0.1:5432/x", true],
    ["off", "", false],
  ])("STORE_DEMO_LISTINGS=%s with DATABASE_URL %j → %s", async (mode, url, expected) => {
    expect(await withEnv({ STORE_DEMO_LISTINGS: mode, DATABASE_URL: url }, async () => demoListingsWanted())).toBe(expected);
  });
});

describe("seedDemoListings beside a game listed meanwhile", () => {
  setUpStoreDatabase("postgres");

  it("leaves that listing and its prices alone, and lists the rest", async () => {
    const games = listDemoGames(200);
    const db = await getDb();
    const taken = games[7]!.id;
    const listing = await db.listing.create({ data: { gameId: taken } });
    await db.listingPrice.create({ data: { listingId: listing.id, currency: "USD", amount: "1.23" } });
    expect(await seedDemoListings({ games })).toEqual({ seeded: false, reason: "has listings" });

    // The listing written between the seeder's check and its insert (a test's rows, an admin): the insert skips it.
    const result = await seedDemoListings({ games, onlyIntoEmpty: false });
    expect(result).toMatchObject({ seeded: true, listings: 199 });
    expect(await db.listing.count()).toBe(200);
    expect((await db.listingPrice.findMany({ where: { listingId: listing.id } })).map((p) => p.amount.toFixed(2))).toEqual(["1.23"]);
    expect(await db.priceChange.count({ where: { listingId: listing.id } })).toBe(0);
  });
});
