// price.changed on real PostgreSQL: one outbox event per PriceChange row recordPriceChanges inserts (an edit, a
// sale's start and end, the every-minute recorder), in the same transaction, with the previous price and the
// all-time low as the contract says (lib/events/store-events.ts); none for the demo seeding. And the measured time
// of a sale start over 1,000 games (printed, not asserted).
import { randomUUID } from "node:crypto";

import { describe, expect, it } from "vitest";

import { getDb } from "@/lib/accounts-db/get-db";
import { STORE_EVENT_PAYLOADS } from "@/lib/events/store-events";
import { recordPriceChanges } from "@/lib/store/pricing/record-price-changes";
import { setListingPrice } from "@/lib/store/pricing/set-listing-price";
import { applySaleBoundary } from "@/lib/store/sales/apply-sale-boundary";
import { setUpStoreDatabase } from "@/tests/store/pricing/support/store-database";

import { DAY_MS, listedGames, outboxEvents } from "./support/sale-fixtures";

setUpStoreDatabase("postgres");

type PriceChanged = { price_change_id: string; currency: string; price: string; previous_price: string | null; all_time_low: boolean };

async function eventsOf(gameId: number, currency?: string): Promise<PriceChanged[]> {
  const events = await outboxEvents("price.changed", { aggregateId: String(gameId) });
  return events.map((e) => e.payload as PriceChanged).filter((p) => !currency || p.currency === currency);
}

describe("price.changed", () => {
  it("is written once per history row, first price included, with previous_price and all_time_low", async () => {
    const [game] = await listedGames(1); // 19.99 USD since 90 days ago
    const db = await getDb();
    const listing = await db.listing.findUniqueOrThrow({ where: { gameId: game! } });
    const first = await eventsOf(game!, "USD");
    expect(first).toHaveLength(1);
    expect(first[0]).toMatchObject({ price: "19.99", previous_price: null, all_time_low: false });
    for (const event of await outboxEvents("price.changed", { aggregateId: String(game) }))
      expect(STORE_EVENT_PAYLOADS["price.changed"].safeParse(event.payload).success).toBe(true);

    await setListingPrice(listing.id, "USD", "24.99"); // up: not a low
    await setListingPrice(listing.id, "USD", "24.99"); // unchanged: no row, no event
    await setListingPrice(listing.id, "USD", "14.99"); // below everything before: an all-time low
    await setListingPrice(listing.id, "USD", "17.99"); // down from 24.99 earlier, but above 14.99
    const usd = await eventsOf(game!, "USD");
    expect(usd.map((e) => [e.price, e.previous_price, e.all_time_low])).toEqual([
      ["19.99", null, false],
      ["24.99", "19.99", false],
      ["14.99", "24.99", true],
      ["17.99", "14.99", false],
    ]);
    // Exactly the history: one event per row, naming it.
    const rows = await db.priceChange.findMany({ where: { listingId: listing.id, currency: "USD" }, orderBy: { effectiveFrom: "asc" } });
    expect(usd.map((e) => e.price_change_id)).toEqual(rows.map((r) => r.id));
    expect(await eventsOf(game!, "EUR")).toHaveLength(1);
  });

  it("commits with the history rows or not at all (same transaction)", async () => {
    const [game] = await listedGames(1);
    const db = await getDb();
    const listing = await db.listing.findUniqueOrThrow({ where: { gameId: game! } });
    const before = (await eventsOf(game!)).length;
    await expect(
      db.$transaction(async (tx) => {
        await tx.listingPrice.update({
          where: { listingId_currency: { listingId: listing.id, currency: "GBP" } },
          data: { amount: "9.99", updatedAt: new Date() },
        });
        const { inserted } = await recordPriceChanges({ listingId: listing.id, db: tx });
        expect(inserted).toBe(1);
        expect(await tx.outboxEvent.count({ where: { type: "price.changed", aggregateId: String(game) } })).toBe(before + 1);
        throw new Error("rolled back");
      }),
    ).rejects.toThrow("rolled back");
    expect(await eventsOf(game!)).toHaveLength(before);
    expect(await db.priceChange.count({ where: { listingId: listing.id, currency: "GBP" } })).toBe(1);
  });

  it("comes from the every-minute recorder for a sale it finds started, once, and not again from the start job", async () => {
    const [game] = await listedGames(1);
    const db = await getDb();
    const listing = await db.listing.findUniqueOrThrow({ where: { gameId: game! } });
    const sale = await db.sale.create({
      data: {
        name: "Found",
        percent: 90,
        startsAt: new Date(Date.now() - DAY_MS),
        endsAt: new Date(Date.now() + DAY_MS),
        items: { create: [{ listingId: listing.id }] },
      },
    });
    await recordPriceChanges({ listingIds: [listing.id] });
    await recordPriceChanges({ listingIds: [listing.id] });
    const jpy = await eventsOf(game!, "JPY");
    expect(jpy.map((e) => [e.price, e.previous_price, e.all_time_low])).toEqual([
      ["2480.00", null, false],
      ["248.00", "2480.00", true],
    ]);
    expect(await applySaleBoundary(sale.id, "start")).toMatchObject({ outcome: "applied", priceChanges: 0 });
    expect(await eventsOf(game!, "JPY")).toHaveLength(2);
  });

  it("is not written for the demo seeding (writePriceTimelines)", async () => {
    const { seedDemoListings } = await import("@/lib/store/listings/seed-demo-listings");
    const db = await getDb();
    const before = await db.outboxEvent.count({ where: { type: "price.changed" } });
    const games = Array.from({ length: 60 }, (_, i) => ({ id: 7_000_001 + i, rank: 1_000 + i, year: 2020 }));
    const result = await seedDemoListings({ games, onlyIntoEmpty: false });
    expect(result).toMatchObject({ seeded: true, listings: 60 });
    expect(result.seeded && result.onSale).toBeGreaterThan(0);
    expect(await db.outboxEvent.count({ where: { type: "price.changed" } })).toBe(before);
    const sales = await db.sale.findMany({ where: { id: { startsWith: "demo-sale-" } } });
    expect(sales.length).toBeGreaterThan(0);
    for (const sale of sales) expect(sale.startedAt).not.toBeNull(); // seeded as started: no sale.started storm at boot
  });

  it("writes a sale start over 1,000 games in bulk (measured)", async () => {
    const db = await getDb();
    const games = Array.from({ length: 1_000 }, (_, i) => 8_000_000 + i);
    const since = new Date(Date.now() - 60 * DAY_MS);
    const ids = games.map(() => randomUUID());
    await db.$executeRaw`INSERT INTO "Listing" (id, "gameId", "listedAt", "createdAt", "updatedAt")
      SELECT id, "gameId", ${since}, ${since}, ${since} FROM unnest(${ids}::text[], ${games}::int[]) AS t(id, "gameId")`;
    for (const [currency, amount] of [
      ["USD", "29.99"],
      ["EUR", "29.99"],
      ["GBP", "24.99"],
      ["JPY", "3980"],
    ] as const)
      await db.$executeRaw`INSERT INTO "ListingPrice" ("listingId", currency, amount, "updatedAt")
        SELECT id, ${currency}, ${amount}::numeric, ${since} FROM unnest(${ids}::text[]) AS t(id)`;
    await recordPriceChanges({ now: since, listingIds: ids });
    const startsAt = new Date(Date.now() - 1_000);
    const sale = await db.sale.create({
      data: {
        name: "Big",
        percent: 50,
        startsAt,
        endsAt: new Date(Date.now() + DAY_MS),
        items: { createMany: { data: ids.map((listingId) => ({ listingId })) } },
      },
    });
    const before = await db.outboxEvent.count({ where: { type: "price.changed" } });
    const started = performance.now();
    const result = await applySaleBoundary(sale.id, "start");
    const ms = Math.round(performance.now() - started);
    console.log(`[bench] sale start over 1,000 games: ${ms} ms (4,000 price changes and their price.changed events, one transaction)`);
    expect(result).toMatchObject({ outcome: "applied", priceChanges: 4_000 });
    expect((await db.outboxEvent.count({ where: { type: "price.changed" } })) - before).toBe(4_000);
  });
});
