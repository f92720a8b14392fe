import "server-only";

import { getDb } from "@/lib/accounts-db/get-db";
import type { Currency } from "@/lib/money";

import { getOffers } from "./get-offers";
import { MAX_HISTORY_POINTS, type PriceHistory, type PriceHistoryPoint } from "./price-history";
import { summarizePriceHistory } from "./summarize-price-history";

interface PointRow {
  price: string;
  regularPrice: string;
  discountPercent: number;
  effectiveFrom: Date;
}

/**
 * A game's effective price over time in one currency (the PriceChange rows up to now), with the current offer,
 * the Omnibus lowest price of the last 30 days and the all-time low. Null when the game has never been listed
 * (the caller decides whether the game exists at all); an unlisted game keeps its past points with
 * `current: null`.
 *
 * Two small queries on the unique index (listingId, currency, effectiveFrom): the history, and the offer
 * (getOffers, so the current price and lowest_price_30d are exactly the ones the price block shows).
 *
 * @example
 * const history = await getPriceHistory(1942, "EUR");
 * history?.is_all_time_low; // true during a sale deeper than any before
 */
export async function getPriceHistory(gameId: number, currency: Currency, { now = new Date() } = {}): Promise<PriceHistory | null> {
  const db = await getDb();
  const listing = await db.listing.findUnique({ where: { gameId }, select: { id: true } });
  if (!listing) return null;
  const [rows, offers] = await Promise.all([
    db.$queryRaw<PointRow[]>`
      SELECT pc.price::text AS price, pc."regularPrice"::text AS "regularPrice", pc."discountPercent" AS "discountPercent",
             pc."effectiveFrom" AS "effectiveFrom"
      FROM "PriceChange" pc
      WHERE pc."listingId" = ${listing.id} AND pc.currency = ${currency} AND pc."effectiveFrom" <= ${now}
      ORDER BY pc."effectiveFrom"`,
    getOffers([gameId], currency, { now }),
  ]);
  const points: PriceHistoryPoint[] = rows.map((row) => ({
    effective_from: new Date(row.effectiveFrom).toISOString(),
    price: row.price,
    regular_price: row.regularPrice,
    discount_percent: Number(row.discountPercent),
  }));
  const offer = offers.get(gameId) ?? null;
  const current = offer
    ? { price: offer.price, regular_price: offer.regular_price, discount_percent: offer.discount_percent, sale_ends_at: offer.sale_ends_at }
    : null;
  return {
    game_id: gameId,
    currency,
    current,
    lowest_price_30d: offer?.lowest_price_30d ?? null,
    // Over the whole history, before the answer is trimmed to its newest points.
    ...summarizePriceHistory(points, current, now),
    points: points.slice(-MAX_HISTORY_POINTS),
  };
}
