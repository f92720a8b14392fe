import "server-only";

import { getDb } from "@/lib/accounts-db/get-db";
import type { Currency } from "@/lib/money";

import { effectivePrice } from "./effective-price";
import { lowestPrice30d, PRIOR_PRICE_WINDOW_MS } from "./lowest-price-30d";
import type { Offer } from "./offer";

interface OfferRow {
  gameId: number;
  regular: string;
  percent: number | null;
  endsAt: Date | null;
  priorLow: string | null;
  latestPrice: string | null;
}

/**
 * The offers for many games in one currency, in one query: listing, regular price, the deepest sale running
 * now (startsAt ≤ now < endsAt) and the price history of the last 30 days. A game that is unlisted, has no
 * listing, or has no price in the currency is absent from the map (not for sale).
 *
 * Runs on every search page, so it is one round trip whatever the number of games; the history subquery
 * reads only the rows of the window (plus the one in force at its start) through the unique index
 * (listingId, currency, effectiveFrom).
 *
 * @example
 * const offers = await getOffers([1942, 1020], "EUR");
 * offers.get(1942)?.price; // "29.99"
 */
export async function getOffers(gameIds: readonly number[], currency: Currency, { now = new Date() } = {}): Promise<Map<number, Offer>> {
  const offers = new Map<number, Offer>();
  const ids = [...new Set(gameIds)].filter((id) => Number.isInteger(id) && id > 0 && id <= 2 ** 31 - 1);
  if (ids.length === 0) return offers;
  const since = new Date(now.getTime() - PRIOR_PRICE_WINDOW_MS);
  const db = await getDb();
  const rows = await db.$queryRaw<OfferRow[]>`
    SELECT l."gameId" AS "gameId", lp.amount::text AS regular, sale.percent, sale."endsAt",
           hist."priorLow", hist."latestPrice"
    FROM "Listing" l
    JOIN "ListingPrice" lp ON lp."listingId" = l.id AND lp.currency = ${currency}
    LEFT JOIN LATERAL (
      SELECT s.percent, s."endsAt"
      FROM "SaleItem" si JOIN "Sale" s ON s.id = si."saleId"
      WHERE si."listingId" = l.id AND s."startsAt" <= ${now} AND s."endsAt" > ${now}
      ORDER BY s.percent DESC, s."endsAt" DESC
      LIMIT 1
    ) sale ON true
    LEFT JOIN LATERAL (
      SELECT (min(w.price) FILTER (WHERE w.until IS NOT NULL AND w.until > ${since}))::text AS "priorLow",
             (max(w.price) FILTER (WHERE w.until IS NULL))::text AS "latestPrice"
      FROM (
        SELECT h.price, lead(h."effectiveFrom") OVER (ORDER BY h."effectiveFrom") AS until
        FROM (
          (SELECT pc.price, pc."effectiveFrom" FROM "PriceChange" pc
           WHERE pc."listingId" = l.id AND pc.currency = ${currency} AND pc."effectiveFrom" <= ${since}
           ORDER BY pc."effectiveFrom" DESC LIMIT 1)
          UNION ALL
          (SELECT pc.price, pc."effectiveFrom" FROM "PriceChange" pc
           WHERE pc."listingId" = l.id AND pc.currency = ${currency} AND pc."effectiveFrom" > ${since} AND pc."effectiveFrom" <= ${now})
        ) h
      ) w
    ) hist ON true
    WHERE l."gameId" = ANY(${ids}::int[]) AND l."unlistedAt" IS NULL`;
  for (const row of rows) {
    const current = effectivePrice(row.regular, row.percent ?? 0, currency);
    offers.set(Number(row.gameId), {
      currency,
      price: current.price,
      regular_price: current.regularPrice,
      discount_percent: current.discountPercent,
      sale_ends_at: row.endsAt ? new Date(row.endsAt).toISOString() : null,
      lowest_price_30d: lowestPrice30d(current.price, row),
    });
  }
  return offers;
}
