import "server-only";

import type { Prisma } from "@/generated/prisma/client";
import { appendOutboxEvents } from "@/lib/events/outbox/append-outbox-events";
import { compareAmounts } from "@/lib/money";

interface ChangeRow {
  id: string;
  gameId: number;
  currency: string;
  price: string;
  regularPrice: string;
  discountPercent: number;
  effectiveFrom: Date;
  previousPrice: string | null;
  earlierLow: string | null;
}

/**
 * Appends one `price.changed` event per PriceChange row (ids just inserted, in the caller's transaction), with
 * the price in force just before and whether the new one is an all-time low, read in one query for all rows:
 * a sale over most of the demo catalog is tens of thousands of rows, and a query per row would take minutes.
 * The aggregate is the catalog game id.
 */
export async function appendPriceChangedEvents(db: Prisma.TransactionClient, priceChangeIds: readonly string[]): Promise<number> {
  if (priceChangeIds.length === 0) return 0;
  const rows = await db.$queryRaw<ChangeRow[]>`
    SELECT pc.id, l."gameId" AS "gameId", pc.currency, pc.price::text AS price, pc."regularPrice"::text AS "regularPrice",
           pc."discountPercent" AS "discountPercent", pc."effectiveFrom" AS "effectiveFrom",
           prev.price::text AS "previousPrice", earlier.low::text AS "earlierLow"
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
  await appendOutboxEvents(
    db,
    "price.changed",
    rows.map((row) => ({
      aggregateId: String(row.gameId),
      payload: {
        price_change_id: row.id,
        game_id: Number(row.gameId),
        currency: row.currency,
        price: row.price,
        regular_price: row.regularPrice,
        discount_percent: Number(row.discountPercent),
        previous_price: row.previousPrice,
        all_time_low: row.earlierLow !== null && compareAmounts(row.price, row.earlierLow) < 0,
        effective_from: new Date(row.effectiveFrom).toISOString(),
      },
    })),
  );
  return rows.length;
}
