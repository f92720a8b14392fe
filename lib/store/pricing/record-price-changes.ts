import "server-only";

import { randomUUID } from "node:crypto";

import { Prisma } from "@/generated/prisma/client";
import { getDb } from "@/lib/accounts-db/get-db";

import { appendPriceChangedEvents } from "./append-price-changed-events";
import { priceTimeline, type PricePoint, type TimelineInput } from "./price-timeline";

interface StaleRow {
  listingId: string;
  currency: string;
  regularPrice: string;
  priceSetAt: Date;
  lastPrice: string | null;
  lastRegular: string | null;
  lastPercent: number | null;
  lastFrom: Date | null;
}

interface SaleRow {
  listingId: string;
  percent: number;
  startsAt: Date;
  endsAt: Date;
}

export interface RecordPriceChangesOptions {
  now?: Date;
  /**
   * Only look at listing prices set, and sales starting or ending, after this moment (the every-minute job
   * passes its previous run, less a margin): the full scan probes every listing and currency, which on PGlite
   * is seconds for the demo store. Without it, everything is looked at.
   */
  since?: Date;
  listingId?: string;
  /** Only these listings (a sale starting or ending, a CSV import). */
  listingIds?: readonly string[];
  /**
   * A transaction to run in (setListingPrice, a sale's start or end, an import); without one, it opens its own,
   * so the rows and their `price.changed` events commit together.
   */
  db?: Prisma.TransactionClient;
}

export interface RecordPriceChangesResult {
  stale: number;
  inserted: number;
}

/**
 * Brings the price history (PriceChange) up to date: for every listed game and currency whose effective price
 * may have changed since its newest row (no row yet, a regular price set since, or a sale that started or
 * ended since), inserts one row per change at the moment it happened. Idempotent: a second run finds nothing
 * stale, and two instances racing insert the same rows, which the unique key (listingId, currency,
 * effectiveFrom) lets through once (ON CONFLICT DO NOTHING).
 *
 * Runs every minute (record-price-changes-job), so a sale starting or ending enters the history with no admin
 * action, and inside setListingPrice, a sale's start and end jobs and the CSV import. Every row it inserts gets
 * one `price.changed` outbox event in the same transaction (appendPriceChangedEvents).
 *
 * @example
 * const { inserted } = await recordPriceChanges();
 */
export async function recordPriceChanges(options: RecordPriceChangesOptions = {}): Promise<RecordPriceChangesResult> {
  if (options.db) return recordInTransaction(options.db, options);
  const db = await getDb();
  // The full scan of the demo store on PGlite takes seconds: more than Prisma's 5-second default.
  return db.$transaction((tx) => recordInTransaction(tx, options), { timeout: 120_000, maxWait: 30_000 });
}

async function recordInTransaction(
  db: Prisma.TransactionClient,
  { now = new Date(), since, listingId, listingIds }: RecordPriceChangesOptions,
): Promise<RecordPriceChangesResult> {
  const onlyListing =
    listingId !== undefined
      ? Prisma.sql`AND lp."listingId" = ${listingId}`
      : listingIds !== undefined
        ? Prisma.sql`AND lp."listingId" = ANY(${[...listingIds]}::text[])`
        : Prisma.empty;
  // Candidates first (MATERIALIZED keeps the planner from probing the history of every row before filtering).
  const recent =
    since === undefined
      ? Prisma.empty
      : Prisma.sql`AND (lp."updatedAt" > ${since} OR NOT EXISTS (SELECT 1 FROM "PriceChange" pc WHERE pc."listingId" = lp."listingId" AND pc.currency = lp.currency)
          OR lp."listingId" IN (SELECT si."listingId" FROM "SaleItem" si JOIN "Sale" s ON s.id = si."saleId"
                                WHERE (s."startsAt" > ${since} AND s."startsAt" <= ${now}) OR (s."endsAt" > ${since} AND s."endsAt" <= ${now})))`;
  const stale = await db.$queryRaw<StaleRow[]>`
    WITH candidate AS MATERIALIZED (
      SELECT lp."listingId", lp.currency, lp.amount, lp."updatedAt"
      FROM "ListingPrice" lp
      JOIN "Listing" l ON l.id = lp."listingId" AND l."unlistedAt" IS NULL
      WHERE true ${onlyListing} ${recent}
    )
    SELECT c."listingId", c.currency, c.amount::text AS "regularPrice", c."updatedAt" AS "priceSetAt",
           last.price::text AS "lastPrice", last."regularPrice"::text AS "lastRegular",
           last."discountPercent" AS "lastPercent", last."effectiveFrom" AS "lastFrom"
    FROM candidate c
    LEFT JOIN LATERAL (
      SELECT pc.price, pc."regularPrice", pc."discountPercent", pc."effectiveFrom" FROM "PriceChange" pc
      WHERE pc."listingId" = c."listingId" AND pc.currency = c.currency
      ORDER BY pc."effectiveFrom" DESC LIMIT 1
    ) last ON true
    WHERE last."effectiveFrom" IS NULL
       OR c."updatedAt" > last."effectiveFrom"
       OR EXISTS (
         SELECT 1 FROM "SaleItem" si JOIN "Sale" s ON s.id = si."saleId"
         WHERE si."listingId" = c."listingId"
           AND ((s."startsAt" > last."effectiveFrom" AND s."startsAt" <= ${now})
             OR (s."endsAt" > last."effectiveFrom" AND s."endsAt" <= ${now})))`;
  if (stale.length === 0) return { stale: 0, inserted: 0 };

  const staleListings = [...new Set(stale.map((row) => row.listingId))];
  const sales = await db.$queryRaw<SaleRow[]>`
    SELECT si."listingId", s.percent, s."startsAt", s."endsAt"
    FROM "SaleItem" si JOIN "Sale" s ON s.id = si."saleId"
    WHERE si."listingId" = ANY(${staleListings}::text[]) AND s."startsAt" <= ${now}`;
  const salesByListing = new Map<string, SaleRow[]>();
  for (const sale of sales) salesByListing.set(sale.listingId, [...(salesByListing.get(sale.listingId) ?? []), sale]);

  const ids = await insertPriceTimelines(
    db,
    stale.map((row) => ({
      listingId: row.listingId,
      currency: row.currency,
      regularPrice: row.regularPrice,
      priceSetAt: new Date(row.priceSetAt),
      last:
        row.lastFrom === null
          ? null
          : {
              price: row.lastPrice!,
              regularPrice: row.lastRegular!,
              discountPercent: Number(row.lastPercent),
              effectiveFrom: new Date(row.lastFrom),
            },
      sales: (salesByListing.get(row.listingId) ?? []).map((s) => ({
        percent: Number(s.percent),
        startsAt: new Date(s.startsAt),
        endsAt: new Date(s.endsAt),
      })),
      now,
    })),
  );
  // Every row just inserted is one `price.changed` event, in this same transaction (a replayed row as well: its
  // effective_from says when it happened).
  await appendPriceChangedEvents(db, ids);
  return { stale: stale.length, inserted: ids.length };
}

const INSERT_CHUNK = 5_000;

/**
 * Inserts the price points of each listing/currency timeline (priceTimeline), skipping rows already there.
 * Seeding calls it directly: it knows every listing is new, and skips the staleness scan.
 */
export async function writePriceTimelines(
  db: Prisma.TransactionClient,
  timelines: ReadonlyArray<TimelineInput & { listingId: string }>,
): Promise<number> {
  return (await insertPriceTimelines(db, timelines)).length;
}

/** The ids of the rows inserted (a row already there is skipped, and not among them). */
async function insertPriceTimelines(
  db: Prisma.TransactionClient,
  timelines: ReadonlyArray<TimelineInput & { listingId: string }>,
): Promise<string[]> {
  const rows = timelines.flatMap((input) =>
    priceTimeline(input).map((point) => ({ ...point, listingId: input.listingId, currency: input.currency })),
  );
  const ids: string[] = [];
  for (let i = 0; i < rows.length; i += INSERT_CHUNK) ids.push(...(await insertPriceChanges(db, rows.slice(i, i + INSERT_CHUNK))));
  return ids;
}

/**
 * One INSERT … SELECT FROM unnest(…) per chunk: column arrays as 7 parameters, whatever the row count (Prisma's
 * createMany binds every value, which took seconds for the 22,000 rows of the demo seed).
 */
async function insertPriceChanges(
  db: Prisma.TransactionClient,
  rows: Array<PricePoint & { listingId: string; currency: string }>,
): Promise<string[]> {
  const inserted = await db.$queryRaw<Array<{ id: string }>>`
    INSERT INTO "PriceChange" (id, "listingId", currency, price, "regularPrice", "discountPercent", "effectiveFrom")
    SELECT * FROM unnest(
      ${rows.map(() => randomUUID())}::text[], ${rows.map((r) => r.listingId)}::text[], ${rows.map((r) => r.currency)}::text[],
      ${rows.map((r) => r.price)}::numeric[], ${rows.map((r) => r.regularPrice)}::numeric[], ${rows.map((r) => r.discountPercent)}::int[],
      ${rows.map((r) => r.effectiveFrom.toISOString())}::timestamptz[])
    ON CONFLICT ("listingId", currency, "effectiveFrom") DO NOTHING
    RETURNING id`;
  return inserted.map((row) => row.id);
}
