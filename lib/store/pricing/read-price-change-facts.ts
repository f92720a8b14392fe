import "server-only";

import type { Prisma } from "@/generated/prisma/client";

/** A PriceChange row with what it changed from: the price in force just before, and whether it is an all-time low. */
export interface PriceChangeFacts {
  id: string;
  gameId: number;
  currency: string;
  price: string;
  regularPrice: string;
  discountPercent: number;
  effectiveFrom: Date;
  /** null for a listing's first price in this currency. */
  previousPrice: string | null;
  /** Lower than every earlier price of the listing in this currency (false for a first price). */
  allTimeLow: boolean;
}

/**
 * Reads price history rows with their predecessor and all-time-low flag, in one query for all of them (the unique
 * (listingId, currency, effectiveFrom) index finds a row's predecessors): the `price.changed` events are written
 * from it, and the deal-alert mails say the same "was … now …" from it.
 */
export async function readPriceChangeFacts(db: Prisma.TransactionClient, priceChangeIds: readonly string[]): Promise<PriceChangeFacts[]> {
  if (priceChangeIds.length === 0) return [];
  const rows = await db.$queryRaw<PriceChangeFacts[]>`
    SELECT pc.id, l."gameId" AS "gameId", pc.currency, pc.price::text AS price, pc."regularPrice"::text AS "regularPrice",
           pc."discountPercent" AS "discountPercent", pc."effectiveFrom" AS "effectiveFrom",
           prev.price::text AS "previousPrice", (earlier.low IS NOT NULL AND pc.price < earlier.low) AS "allTimeLow"
    FROM "PriceChange" pc
    JOIN "Listing" l ON l.id = pc."listingId"
    LEFT JOIN LATERAL (
      SELECT p.price FROM "PriceChange" p
      WHERE p."listingId" = pc."listingId" AND p.currency = pc.currency AND p."effectiveFrom" < pc."effectiveFrom"
      ORDER BY p."effectiveFrom" DESC LIMIT 1
    ) prev ON true
    LEFT JOIN LATERAL (
      SELECT min(p.price) AS low FROM "PriceChange" p
      WHERE p."listingId" = pc."listingId" AND p.currency = pc.currency AND p."effectiveFrom" < pc."effectiveFrom"
    ) earlier ON true
    WHERE pc.id = ANY(${[...priceChangeIds]}::text[])
    ORDER BY pc."effectiveFrom", l."gameId", pc.currency`;
  return rows.map((row) => ({
    ...row,
    gameId: Number(row.gameId),
    discountPercent: Number(row.discountPercent),
    effectiveFrom: new Date(row.effectiveFrom),
  }));
}
