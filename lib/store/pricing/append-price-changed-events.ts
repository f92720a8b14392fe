import "server-only";

import type { Prisma } from "@/generated/prisma/client";
import { appendOutboxEvents } from "@/lib/events/outbox/append-outbox-events";

import { readPriceChangeFacts } from "./read-price-change-facts";

/**
 * Appends one `price.changed` event per PriceChange row (ids just inserted, in the caller's transaction), with
 * the price in force just before and whether the new one is an all-time low (readPriceChangeFacts, one query):
 * a sale over most of the demo catalog is tens of thousands of rows, and a query per row would take minutes.
 * The aggregate is the catalog game id.
 */
export async function appendPriceChangedEvents(db: Prisma.TransactionClient, priceChangeIds: readonly string[]): Promise<number> {
  if (priceChangeIds.length === 0) return 0;
  const rows = await readPriceChangeFacts(db, priceChangeIds);
  await appendOutboxEvents(
    db,
    "price.changed",
    rows.map((row) => ({
      aggregateId: String(row.gameId),
      payload: {
        price_change_id: row.id,
        game_id: row.gameId,
        currency: row.currency,
        price: row.price,
        regular_price: row.regularPrice,
        discount_percent: row.discountPercent,
        previous_price: row.previousPrice,
        all_time_low: row.allTimeLow,
        effective_from: row.effectiveFrom.toISOString(),
      },
    })),
  );
  return rows.length;
}
