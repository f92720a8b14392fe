import type { Prisma } from "@/generated/prisma/client";
import type { StoreEventPayload } from "@/lib/events/store-events";
import { compareAmounts } from "@/lib/money";

/**
 * Whether a price change is a drop that can alert anyone: a lower price than the one in force before. A
 * listing's first price (previous_price null), an unchanged or a higher price alerts no one.
 */
export function isPriceDrop(change: Pick<StoreEventPayload<"price.changed">, "price" | "previous_price">): boolean {
  return change.previous_price !== null && compareAmounts(change.price, change.previous_price) < 0;
}

/**
 * Makes the alerts of one price drop, in one INSERT … SELECT inside the caller's transaction (the consumer's
 * dedupe transaction), so no wishlist row ever travels to Node however many players wish for the game:
 * - a wishlist entry whose threshold is in the change's currency, at or above the new price ("threshold");
 * - else, when the drop is a new all-time low and the player opted in, the entry if its threshold currency, or
 *   for an entry without a threshold the preference's currency, is the change's ("all_time_low").
 * Skipped: players whose mode is off, and players who own the game (a live entitlement). One alert per
 * (player, price change), whatever the number of deliveries: ON CONFLICT DO NOTHING on that unique key.
 * Players without a preference row get instant alerts (the column default). A change that a later one already
 * replaced (the recorder replaying a sale that started and ended while no server ran, or an event delivered late)
 * alerts no one: the mail would announce a price that is gone; a later, lower price makes its own alerts.
 *
 * @returns how many alerts were made (0 on a redelivery)
 */
export async function createDealAlerts(tx: Prisma.TransactionClient, change: StoreEventPayload<"price.changed">): Promise<number> {
  if (!isPriceDrop(change) || (await isReplaced(tx, change.price_change_id))) return 0;
  // Entries come through the (gameId) index; the entitlement probe through (userId, gameId).
  return tx.$executeRaw`
    INSERT INTO "DealAlert" (id, "userId", "gameId", currency, price, "regularPrice", "discountPercent", kind, "priceChangeId", mode)
    SELECT gen_random_uuid()::text, w."userId", w."gameId", ${change.currency}, ${change.price}::numeric,
           ${change.regular_price}::numeric, ${change.discount_percent}::smallint,
           CASE WHEN w.currency = ${change.currency} AND w."priceDropThreshold" >= ${change.price}::numeric
                THEN 'threshold' ELSE 'all_time_low' END,
           ${change.price_change_id}, COALESCE(p.mode, 'instant'::"DealAlertMode")
    FROM "WishlistEntry" w
    LEFT JOIN "DealAlertPreference" p ON p."userId" = w."userId"
    WHERE w."gameId" = ${change.game_id}
      AND COALESCE(p.mode, 'instant'::"DealAlertMode") <> 'off'
      AND (
        (w.currency = ${change.currency} AND w."priceDropThreshold" >= ${change.price}::numeric)
        OR (${change.all_time_low} AND p."allTimeLow"
            AND COALESCE(w.currency, p.currency) = ${change.currency})
      )
      AND NOT EXISTS (
        SELECT 1 FROM "Entitlement" e WHERE e."userId" = w."userId" AND e."gameId" = w."gameId" AND e."revokedAt" IS NULL
      )
    ON CONFLICT ("userId", "priceChangeId") DO NOTHING`;
}

async function isReplaced(tx: Prisma.TransactionClient, priceChangeId: string): Promise<boolean> {
  // Through the unique (listingId, currency, effectiveFrom) index.
  const later = await tx.$queryRaw<Array<{ found: number }>>`
    SELECT 1 AS found FROM "PriceChange" pc
    JOIN "PriceChange" newer ON newer."listingId" = pc."listingId" AND newer.currency = pc.currency
                             AND newer."effectiveFrom" > pc."effectiveFrom"
    WHERE pc.id = ${priceChangeId}
    LIMIT 1`;
  return later.length > 0;
}
