import "server-only";

import { randomUUID } from "node:crypto";

import { Prisma } from "@/generated/prisma/client";
import { getDb } from "@/lib/accounts-db/get-db";

import { priceTimeline, type PricePoint, type TimelineSale } from "./price-timeline";

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

interface SaleRow extends TimelineSale {
  listingId: string;
}

const INSERT_CHUNK = 5_000;

/**
 * Brings the price history (PriceChange) up to date: for every listed game and currency whose effective price
 * may have changed since its newest row (no row yet, a regular price set since, or a sale that started or
 * ended since), inserts one row per change at the moment it happened. Idempotent: a second run finds nothing
 * stale, and two instances racing insert the same rows, which the unique key (listingId, currency,
 * effectiveFrom) lets through once (ON CONFLICT DO NOTHING).
 *
 * Runs at seeding and every minute (record-price-changes-job), so a sale starting or ending enters the history
 * with no admin action.
 *
 * @example
 * const { inserted } = await recordPriceChanges();
 */
export async function recordPriceChanges({
  now = new Date(),
  listingId,
  db: given,
}: { now?: Date; listingId?: string; db?: Prisma.TransactionClient } = {}): Promise<{ stale: number; inserted: number }> {
  const db = given ?? (await getDb());
  const onlyListing = listingId === undefined ? Prisma.empty : Prisma.sql`AND lp."listingId" = ${listingId}`;
  const stale = await db.$queryRaw<StaleRow[]>`
    SELECT lp."listingId", lp.currency, lp.amount::text AS "regularPrice", lp."updatedAt" AS "priceSetAt",
           last.price::text AS "lastPrice", last."regularPrice"::text AS "lastRegular",
           last."discountPercent" AS "lastPercent", last."effectiveFrom" AS "lastFrom"
    FROM "ListingPrice" lp
    JOIN "Listing" l ON l.id = lp."listingId" AND l."unlistedAt" IS NULL ${onlyListing}
    LEFT JOIN LATERAL (
      SELECT pc.price, pc."regularPrice", pc."discountPercent", pc."effectiveFrom" FROM "PriceChange" pc
      WHERE pc."listingId" = lp."listingId" AND pc.currency = lp.currency
      ORDER BY pc."effectiveFrom" DESC LIMIT 1
    ) last ON true
    WHERE last."effectiveFrom" IS NULL
       OR lp."updatedAt" > last."effectiveFrom"
       OR EXISTS (
         SELECT 1 FROM "SaleItem" si JOIN "Sale" s ON s.id = si."saleId"
         WHERE si."listingId" = lp."listingId"
           AND ((s."startsAt" > last."effectiveFrom" AND s."startsAt" <= ${now})
             OR (s."endsAt" > last."effectiveFrom" AND s."endsAt" <= ${now})))`;
  if (stale.length === 0) return { stale: 0, inserted: 0 };

  const listingIds = [...new Set(stale.map((row) => row.listingId))];
  const sales = await db.$queryRaw<SaleRow[]>`
    SELECT si."listingId", s.percent, s."startsAt", s."endsAt"
    FROM "SaleItem" si JOIN "Sale" s ON s.id = si."saleId"
    WHERE si."listingId" = ANY(${listingIds}::text[]) AND s."startsAt" <= ${now}`;
  const salesByListing = new Map<string, SaleRow[]>();
  for (const sale of sales) salesByListing.set(sale.listingId, [...(salesByListing.get(sale.listingId) ?? []), sale]);

  const rows: Array<PricePoint & { listingId: string; currency: string }> = [];
  for (const row of stale) {
    const points = priceTimeline({
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
    });
    for (const point of points) rows.push({ ...point, listingId: row.listingId, currency: row.currency });
  }

  let inserted = 0;
  for (let i = 0; i < rows.length; i += INSERT_CHUNK) {
    inserted += await insertPriceChanges(db, rows.slice(i, i + INSERT_CHUNK));
  }
  return { stale: stale.length, inserted };
}

/**
 * One INSERT … SELECT FROM unnest(…) per chunk: column arrays as 7 parameters, whatever the row count (Prisma's
 * createMany binds every value, which took seconds for the 22,000 rows of the demo seed).
 */
async function insertPriceChanges(
  db: Prisma.TransactionClient,
  rows: Array<PricePoint & { listingId: string; currency: string }>,
): Promise<number> {
  return db.$executeRaw`
    INSERT INTO "PriceChange" (id, "listingId", currency, price, "regularPrice", "discountPercent", "effectiveFrom")
    SELECT * FROM unnest(
      ${rows.map(() => randomUUID())}::text[], ${rows.map((r) => r.listingId)}::text[], ${rows.map((r) => r.currency)}::text[],
      ${rows.map((r) => r.price)}::numeric[], ${rows.map((r) => r.regularPrice)}::numeric[], ${rows.map((r) => r.discountPercent)}::int[],
      ${rows.map((r) => r.effectiveFrom.toISOString())}::timestamptz[])
    ON CONFLICT ("listingId", currency, "effectiveFrom") DO NOTHING`;
}
