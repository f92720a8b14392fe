import "server-only";

import { Prisma } from "@/generated/prisma/client";
import { getDb } from "@/lib/accounts-db/get-db";
import { currencyDigits, type Currency } from "@/lib/money";

import { DEALS_PAGE_SIZE, type DealSort, type ListDealsQuery } from "./deal-schemas";
import { getOffers } from "./get-offers";
import type { Offer } from "./offer";

export interface Deal {
  game_id: number;
  /** Exactly the offer the game page and search show (getOffers), lowest_price_30d included. */
  offer: Offer;
  /** The sale price is the lowest the game has had, and it has cost more before (see summarize-price-history.ts). */
  is_all_time_low: boolean;
}

export interface DealsPage {
  currency: Currency;
  sort: DealSort;
  page: number;
  page_size: number;
  total: number;
  deals: Deal[];
}

interface DealRow {
  gameId: number;
  allTimeLow: boolean;
  total: bigint;
}

const ORDER: Record<DealSort, Prisma.Sql> = {
  discount: Prisma.sql`d.percent DESC, d."endsAt" ASC, d."gameId" ASC`,
  ends_soon: Prisma.sql`d."endsAt" ASC, d.percent DESC, d."gameId" ASC`,
  all_time_low: Prisma.sql`"allTimeLow" DESC, d.percent DESC, d."endsAt" ASC, d."gameId" ASC`,
};

/**
 * One page of the games on sale now in a currency, sorted by discount, by the sale ending soonest, or with the
 * games at their all-time low first. One query picks the page (the deepest running sale per listing, its price
 * rounded to the coin in SQL exactly as discountLine does, the all-time-low test against the price history
 * through the (listingId, currency, effectiveFrom) index, and the total by a window count), then getOffers
 * prices the page's games, so a deal shows exactly what the game page shows.
 *
 * @example
 * const { deals, total } = await listDeals({ sort: "ends_soon", page: 1 }, "EUR");
 */
export async function listDeals(query: ListDealsQuery, currency: Currency, { now = new Date() } = {}): Promise<DealsPage> {
  const db = await getDb();
  const digits = currencyDigits(currency);
  const rows = await db.$queryRaw<DealRow[]>`
    WITH running AS MATERIALIZED (
      SELECT DISTINCT ON (si."listingId") si."listingId", s.percent, s."endsAt"
      FROM "Sale" s JOIN "SaleItem" si ON si."saleId" = s.id
      WHERE s."startsAt" <= ${now} AND s."endsAt" > ${now} AND s.percent > 0
      ORDER BY si."listingId", s.percent DESC, s."endsAt" DESC
    ), d AS (
      SELECT l.id AS "listingId", l."gameId", r.percent, r."endsAt",
             lp.amount - round(lp.amount * r.percent / 100, ${digits}::int) AS price
      FROM running r
      JOIN "Listing" l ON l.id = r."listingId" AND l."unlistedAt" IS NULL
      JOIN "ListingPrice" lp ON lp."listingId" = l.id AND lp.currency = ${currency}
    )
    SELECT d."gameId" AS "gameId",
           COALESCE(d.price <= h.low AND h.high > d.price, false) AS "allTimeLow",
           count(*) OVER () AS total
    FROM d
    LEFT JOIN LATERAL (
      SELECT min(pc.price) AS low, max(pc.price) AS high FROM "PriceChange" pc
      WHERE pc."listingId" = d."listingId" AND pc.currency = ${currency} AND pc."effectiveFrom" <= ${now}
    ) h ON true
    ORDER BY ${ORDER[query.sort]}
    LIMIT ${DEALS_PAGE_SIZE} OFFSET ${(query.page - 1) * DEALS_PAGE_SIZE}`;
  const offers = await getOffers(
    rows.map((row) => Number(row.gameId)),
    currency,
    { now },
  );
  const deals = rows.flatMap((row): Deal[] => {
    const offer = offers.get(Number(row.gameId));
    // A sale that ended between the two queries drops out rather than showing a deal at full price.
    return offer && offer.discount_percent > 0 ? [{ game_id: Number(row.gameId), offer, is_all_time_low: row.allTimeLow }] : [];
  });
  return {
    currency,
    sort: query.sort,
    page: query.page,
    page_size: DEALS_PAGE_SIZE,
    total: rows.length > 0 ? Number(rows[0]!.total) : await countDeals(db, currency, now),
    deals,
  };
}

/** The total when the page is past the end (the window count comes with rows only). */
async function countDeals(db: Awaited<ReturnType<typeof getDb>>, currency: Currency, now: Date): Promise<number> {
  const [row] = await db.$queryRaw<Array<{ total: bigint }>>`
    SELECT count(DISTINCT l.id) AS total
    FROM "Sale" s JOIN "SaleItem" si ON si."saleId" = s.id
    JOIN "Listing" l ON l.id = si."listingId" AND l."unlistedAt" IS NULL
    JOIN "ListingPrice" lp ON lp."listingId" = l.id AND lp.currency = ${currency}
    WHERE s."startsAt" <= ${now} AND s."endsAt" > ${now} AND s.percent > 0`;
  return Number(row?.total ?? 0);
}
