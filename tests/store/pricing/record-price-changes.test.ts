// The price-history recorder on PostgreSQL and PGlite: the first row of a new listing, a sale's start and end
// (also one that came and went while no recorder ran), a price edit through setListingPrice, idempotence, and
// two recorders racing.
import { describe, expect, it } from "vitest";

import { getDb } from "@/lib/accounts-db/get-db";
import { getOffers } from "@/lib/store/pricing/get-offers";
import { recordPriceChangesJob } from "@/lib/store/pricing/jobs/record-price-changes-job";
import { recordPriceChanges } from "@/lib/store/pricing/record-price-changes";
import { setListingPrice } from "@/lib/store/pricing/set-listing-price";
import { BACKENDS } from "@/tests/accounts-db/support/test-database";

import { createListing, createSale, daysFrom, freshGameId } from "./support/price-fixtures";
import { setUpStoreDatabase } from "./support/store-database";

async function history(listingId: string, currency: string) {
  const db = await getDb();
  const rows = await db.priceChange.findMany({ where: { listingId, currency }, orderBy: { effectiveFrom: "asc" } });
  return rows.map((r) => ({
    at: r.effectiveFrom.toISOString(),
    price: r.price.toFixed(2),
    regular: r.regularPrice.toFixed(2),
    percent: r.discountPercent,
  }));
}

describe.each(BACKENDS)("recordPriceChanges on %s", (kind) => {
  setUpStoreDatabase(kind);
  const t0 = new Date(Date.now() - 60 * 24 * 3_600_000); // a listing made 60 days ago

  it("records a new listing's price, a sale's start and end at their own moments, and nothing twice", async () => {
    const listingId = await createListing(freshGameId(), { USD: "30.00", JPY: "3980.00" }, { listedAt: t0 });
    const saleStart = daysFrom(t0, 10);
    const saleEnd = daysFrom(t0, 20);
    await createSale([listingId], 40, saleStart, saleEnd);

    // The recorder first runs on day 15: the listing's first price, and the sale that started on day 10.
    await recordPriceChanges({ now: daysFrom(t0, 15) });
    expect(await history(listingId, "USD")).toEqual([
      { at: t0.toISOString(), price: "30.00", regular: "30.00", percent: 0 },
      { at: saleStart.toISOString(), price: "18.00", regular: "30.00", percent: 40 },
    ]);
    expect((await history(listingId, "JPY")).map((r) => r.price)).toEqual(["3980.00", "2388.00"]);

    // Again at once: nothing new.
    expect(await recordPriceChanges({ now: daysFrom(t0, 15) })).toMatchObject({ inserted: 0 });

    // Day 21: the sale ended on day 20, recorded at its end.
    await recordPriceChanges({ now: daysFrom(t0, 21) });
    expect((await history(listingId, "USD")).at(-1)).toEqual({ at: saleEnd.toISOString(), price: "30.00", regular: "30.00", percent: 0 });
    expect(await history(listingId, "USD")).toHaveLength(3);
  });

  it("replays a sale that started and ended while no recorder ran", async () => {
    const listingId = await createListing(freshGameId(), { EUR: "20.00" }, { listedAt: t0 });
    await recordPriceChanges({ now: daysFrom(t0, 1), listingId });
    await createSale([listingId], 75, daysFrom(t0, 5), daysFrom(t0, 7));
    await createSale([listingId], 50, daysFrom(t0, 6), daysFrom(t0, 9)); // overlaps: the deeper one wins while both run
    await recordPriceChanges({ now: daysFrom(t0, 30), listingId });
    expect((await history(listingId, "EUR")).map((r) => [r.at, r.price])).toEqual([
      [t0.toISOString(), "20.00"],
      [daysFrom(t0, 5).toISOString(), "5.00"],
      [daysFrom(t0, 7).toISOString(), "10.00"],
      [daysFrom(t0, 9).toISOString(), "20.00"],
    ]);
  });

  it("setListingPrice writes the price and its history row together, at the edit", async () => {
    const gameId = freshGameId();
    const listingId = await createListing(gameId, { GBP: "15.99" }, { listedAt: t0 });
    await recordPriceChanges({ listingId });
    const editedAt = new Date(Date.now() - 1000);
    await setListingPrice(listingId, "GBP", "9.9", { now: editedAt });
    expect((await history(listingId, "GBP")).at(-1)).toEqual({ at: editedAt.toISOString(), price: "9.90", regular: "9.90", percent: 0 });
    // 15.99 was in force until a second ago, within the last 30 days: the cut is announced against it.
    expect((await getOffers([gameId], "GBP")).get(gameId)).toMatchObject({
      price: "9.90",
      regular_price: "9.90",
      lowest_price_30d: "15.99",
    });
    // The same price again changes nothing in the history.
    await setListingPrice(listingId, "GBP", "9.90");
    expect(await history(listingId, "GBP")).toHaveLength(2);
  });

  it("leaves unlisted games alone", async () => {
    const listingId = await createListing(freshGameId(), { USD: "5.00" }, { listedAt: t0, unlistedAt: daysFrom(t0, 1) });
    await recordPriceChanges();
    expect(await history(listingId, "USD")).toEqual([]);
  });

  it("writes each change once when two recorders race", async () => {
    const listingId = await createListing(freshGameId(), { USD: "44.00" }, { listedAt: t0 });
    await createSale([listingId], 10, daysFrom(t0, 3), daysFrom(t0, 4));
    const now = daysFrom(t0, 5);
    const results = await Promise.all([recordPriceChanges({ now }), recordPriceChanges({ now }), recordPriceChanges({ now })]);
    expect(results.reduce((sum, r) => sum + r.inserted, 0)).toBeGreaterThanOrEqual(3);
    expect(await history(listingId, "USD")).toHaveLength(3);
  });
});

describe("recordPriceChanges since a watermark", () => {
  setUpStoreDatabase("postgres");

  it("finds a sale that started after the watermark, a new listing, and a price set after it, and skips the rest", async () => {
    const now = new Date();
    const old = await createListing(freshGameId(), { USD: "10.00" }, { listedAt: daysFrom(now, -50) });
    const saleListing = await createListing(freshGameId(), { USD: "10.00" }, { listedAt: daysFrom(now, -50) });
    await recordPriceChanges({ now: daysFrom(now, -40) });
    const watermark = new Date(now.getTime() - 60_000);
    await createSale([saleListing], 50, new Date(now.getTime() - 30_000), daysFrom(now, 1));
    const fresh = await createListing(freshGameId(), { USD: "3.00" }, { listedAt: new Date(now.getTime() - 10_000) });
    const result = await recordPriceChanges({ now, since: watermark });
    expect(result).toEqual({ stale: 2, inserted: 2 });
    expect(await history(old, "USD")).toHaveLength(1);
    expect((await history(saleListing, "USD")).at(-1)).toMatchObject({ price: "5.00", percent: 50 });
    expect(await history(fresh, "USD")).toHaveLength(1);
  });
});

describe("store.record-price-changes job", () => {
  setUpStoreDatabase("pglite");

  it("is a repeatable job every minute that records what changed, and logs it", async () => {
    expect(recordPriceChangesJob.options?.repeat?.cron).toBe("* * * * *");
    const lines: string[] = [];
    const context = {
      id: "store:1",
      attempt: 1,
      progress: async () => {},
      log: async (line: string) => void lines.push(line),
      signal: new AbortController().signal,
    };
    const listingId = await createListing(freshGameId(), { EUR: "8.00" }, { listedAt: new Date(Date.now() - 3_600_000) });
    expect(await recordPriceChangesJob.handle({}, context)).toEqual({ stale: 1, inserted: 1 });
    // A sale starting now: the next run (with its watermark) records it.
    await createSale([listingId], 50, new Date(Date.now() - 1_000), daysFrom(new Date(), 1));
    expect(await recordPriceChangesJob.handle({}, context)).toEqual({ stale: 1, inserted: 1 });
    expect(await recordPriceChangesJob.handle({}, context)).toEqual({ stale: 0, inserted: 0 });
    expect((await history(listingId, "EUR")).map((r) => r.price)).toEqual(["8.00", "4.00"]);
    expect(lines).toHaveLength(2);
  });
});
