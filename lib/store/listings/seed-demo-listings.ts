import "server-only";

import { randomUUID } from "node:crypto";

import { getDb } from "@/lib/accounts-db/get-db";
import { getEnv } from "@/lib/env";
import { SELLABLE_CURRENCIES } from "@/lib/money";
import { writePriceTimelines } from "@/lib/store/pricing/record-price-changes";

import { DEMO_SALE_CAMPAIGNS, demoPrice, type DemoGame } from "./demo-price-rule";
import { listDemoGames } from "./list-demo-games";

export const DEMO_LISTING_COUNT = 5_000;
const DAY_MS = 24 * 60 * 60 * 1000;
/** Demo listings "were listed" this long before seeding, so the price history already covers the 30-day window. */
const LISTED_DAYS_AGO = 60;
// Any constant both instances agree on: pg_advisory_xact_lock serialises two servers seeding one database.
const SEED_LOCK_KEY = 7_150_001;

/** Whether this server should seed demo listings (STORE_DEMO_LISTINGS; "auto" = the embedded PGlite only). */
export function demoListingsWanted(): boolean {
  const { STORE_DEMO_LISTINGS: mode, DATABASE_URL } = getEnv();
  return mode === "on" || (mode === "auto" && !DATABASE_URL);
}

export type SeedDemoListingsResult =
  { seeded: false; reason: "has listings" } | { seeded: true; listings: number; onSale: number; priceChanges: number; ms: number };

/**
 * Lists the catalog's 5,000 most popular games with demo prices in every sellable currency (demo-price-rule.ts),
 * puts about one in ten on a running sale, and records the initial price history, all in one transaction, once
 * per database: a database with any listing is left alone, and a second server starting at the same moment
 * waits on the advisory lock and then finds the listings there.
 */
export async function seedDemoListings({
  now = new Date(),
  games = listDemoGames(DEMO_LISTING_COUNT),
  onlyIntoEmpty = true,
}: {
  now?: Date;
  games?: DemoGame[];
  /** false: list whatever of `games` is not listed yet even if other listings exist (tests of the conflict path). */
  onlyIntoEmpty?: boolean;
} = {}): Promise<SeedDemoListingsResult> {
  const started = performance.now();
  const db = await getDb();
  // Whole hours, so the demo's sale times read cleanly ("ends in 3 days, 4 hours").
  const anchor = new Date(Math.floor(now.getTime() / 3_600_000) * 3_600_000);
  const listedAt = new Date(anchor.getTime() - LISTED_DAYS_AGO * DAY_MS);
  const priced = games.map((game) => ({ game, price: demoPrice(game) }));

  const result = await db.$transaction(
    async (tx) => {
      await tx.$executeRaw`SELECT pg_advisory_xact_lock(${SEED_LOCK_KEY})`;
      if (onlyIntoEmpty && (await tx.listing.findFirst({ select: { id: true } })) !== null)
        return { seeded: false, reason: "has listings" } as const;

      // Set-based inserts (unnest of column arrays): Prisma's createMany binds every value and took seconds here.
      // A game someone lists meanwhile (an admin, a test writing rows) keeps its listing and prices: ON CONFLICT
      // skips it, and only the listings made here get demo prices, sales and history.
      const proposed = new Map(priced.map(({ game }) => [game.id, randomUUID()]));
      const created = await tx.$queryRaw<Array<{ id: string; gameId: number }>>`
        INSERT INTO "Listing" (id, "gameId", "listedAt", "createdAt", "updatedAt")
        SELECT id, "gameId", ${listedAt}, ${listedAt}, ${listedAt}
        FROM unnest(${[...proposed.values()]}::text[], ${[...proposed.keys()]}::int[]) AS t(id, "gameId")
        ON CONFLICT ("gameId") DO NOTHING
        RETURNING id, "gameId"`;
      const listingOf = new Map(created.map((row) => [Number(row.gameId), row.id]));
      const listings = listingOf.size;
      const ours = priced.filter(({ game }) => listingOf.has(game.id));
      const prices = ours.flatMap(({ game, price }) =>
        SELLABLE_CURRENCIES.map((currency) => ({ listingId: listingOf.get(game.id)!, currency, amount: price.prices[currency] })),
      );
      await tx.$executeRaw`
        INSERT INTO "ListingPrice" ("listingId", currency, amount, "updatedAt")
        SELECT "listingId", currency, amount, ${listedAt}
        FROM unnest(${prices.map((p) => p.listingId)}::text[], ${prices.map((p) => p.currency)}::text[], ${prices.map((p) => p.amount)}::numeric[])
          AS t("listingId", currency, amount)`;

      // One Sale per (campaign, percent) that any game drew.
      const saleItems = new Map<string, { campaign: number; percent: number; listingIds: string[] }>();
      for (const { game, price } of ours) {
        if (!price.sale) continue;
        const key = `${price.sale.campaign}:${price.sale.percent}`;
        const entry = saleItems.get(key) ?? { ...price.sale, listingIds: [] };
        entry.listingIds.push(listingOf.get(game.id)!);
        saleItems.set(key, entry);
      }
      const campaigns = [...saleItems.values()].map((entry) => {
        const { name, startedDaysAgo, endsInDays } = DEMO_SALE_CAMPAIGNS[entry.campaign]!;
        return {
          ...entry,
          // Ids of our own: readable, and no reliance on the order RETURNING gives rows back in.
          id: `demo-sale-${entry.campaign}-${entry.percent}`,
          name: `${name} −${entry.percent}%`,
          startsAt: new Date(anchor.getTime() - startedDaysAgo * DAY_MS),
          endsAt: new Date(anchor.getTime() + endsInDays * DAY_MS),
        };
      });
      // Seeded as already started (startedAt set; the history below records their prices): the start sweep
      // would otherwise "start" a hundred running sales at boot, a storm of sale.started events for sales no
      // admin scheduled. Their ends are real: the end job's sweep applies them when they come.
      await tx.$executeRaw`
        INSERT INTO "Sale" (id, name, percent, "startsAt", "endsAt", "startedAt")
        SELECT id, name, percent, "startsAt", "endsAt", ${now}
        FROM unnest(${campaigns.map((c) => c.id)}::text[], ${campaigns.map((c) => c.name)}::text[], ${campaigns.map((c) => c.percent)}::int[],
          ${campaigns.map((c) => c.startsAt.toISOString())}::timestamptz[], ${campaigns.map((c) => c.endsAt.toISOString())}::timestamptz[])
          AS t(id, name, percent, "startsAt", "endsAt")`;
      const items = campaigns.flatMap((c) => c.listingIds.map((listingId) => ({ saleId: c.id, listingId })));
      await tx.$executeRaw`
        INSERT INTO "SaleItem" ("saleId", "listingId")
        SELECT * FROM unnest(${items.map((i) => i.saleId)}::text[], ${items.map((i) => i.listingId)}::text[])`;

      // The initial history straight from what was just written (every listing is new: no staleness scan).
      const salesOf = new Map(items.map((item) => [item.listingId, campaigns.filter((c) => c.id === item.saleId)]));
      const priceChanges = await writePriceTimelines(
        tx,
        prices.map((p) => ({ ...p, regularPrice: p.amount, priceSetAt: listedAt, last: null, sales: salesOf.get(p.listingId) ?? [], now })),
      );
      const onSale = campaigns.reduce((sum, entry) => sum + entry.listingIds.length, 0);
      return { seeded: true, listings, onSale, priceChanges, ms: Math.round(performance.now() - started) } as const;
    },
    { timeout: 120_000, maxWait: 120_000 },
  );
  // Statistics for the tables just filled: without them the planner guesses a handful of rows and picks nested
  // loops that took 0.8 s on the seeded store (autovacuum would analyze them later; PGlite never does).
  if (result.seeded) await db.$executeRaw`ANALYZE "Listing", "ListingPrice", "PriceChange", "Sale", "SaleItem"`;
  return result;
}
