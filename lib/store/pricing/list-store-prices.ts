import "server-only";

import { getDb } from "@/lib/accounts-db/get-db";
import { currencyDigits, toHundredths, type Currency } from "@/lib/money";
import { processSingleton } from "@/lib/process-singleton";

/** One game for sale, as the search's price filters need it: price in hundredths (a bigint, never a float). */
export interface StorePrice {
  gameId: number;
  hundredths: bigint;
  onSale: boolean;
}

interface PriceRow {
  gameId: number;
  price: string;
  percent: number;
}

/** How long a currency's price list is kept at most: a regular-price edit shows within it. */
export const STORE_PRICES_TTL_MS = 60_000;

interface Entry {
  expiresAt: number;
  prices: Promise<readonly StorePrice[]>;
}

const entries = () => processSingleton("questlogStorePrices", () => new Map<Currency, Entry>());

/**
 * Every game for sale now in a currency with its effective price, cheapest first (ties by game id), for the
 * search's on_sale / max_price / sort=price. One query (the demo store's 5,000 games: a few milliseconds),
 * kept per process until the next sale starts or ends, and at most STORE_PRICES_TTL_MS, so a sale boundary is
 * never served stale; concurrent misses share one query. The price is rounded in SQL exactly as discountLine
 * rounds it (half up to the currency's coin).
 *
 * @example
 * const prices = await listStorePrices("EUR");
 */
export async function listStorePrices(currency: Currency, { now = new Date() } = {}): Promise<readonly StorePrice[]> {
  const cache = entries();
  const hit = cache.get(currency);
  if (hit && hit.expiresAt > now.getTime()) return hit.prices;
  const prices = loadStorePrices(currency, now);
  const shared = prices.then(({ rows }) => rows);
  shared.catch(() => undefined); // awaited below; concurrent callers see the failure through their own await
  const entry: Entry = { expiresAt: now.getTime() + STORE_PRICES_TTL_MS, prices: shared };
  cache.set(currency, entry);
  try {
    const { rows, nextBoundary } = await prices;
    if (nextBoundary !== null) entry.expiresAt = Math.min(entry.expiresAt, nextBoundary.getTime());
    return rows;
  } catch (error) {
    if (cache.get(currency) === entry) cache.delete(currency); // a failure is not cached
    throw error;
  }
}

/** Forgets the cached price lists (tests, and a regular-price edit that must show at once). */
export function forgetStorePrices(): void {
  entries().clear();
}

async function loadStorePrices(currency: Currency, now: Date): Promise<{ rows: StorePrice[]; nextBoundary: Date | null }> {
  const db = await getDb();
  const digits = currencyDigits(currency);
  const [rows, boundary] = await Promise.all([
    db.$queryRaw<PriceRow[]>`
      SELECT p."gameId", p.price::text AS price, p.percent
      FROM (
        SELECT l."gameId" AS "gameId", COALESCE(sale.percent, 0) AS percent,
               lp.amount - round(lp.amount * COALESCE(sale.percent, 0) / 100, ${digits}::int) AS price
        FROM "Listing" l
        JOIN "ListingPrice" lp ON lp."listingId" = l.id AND lp.currency = ${currency}
        LEFT JOIN LATERAL (
          SELECT max(s.percent) AS percent FROM "SaleItem" si JOIN "Sale" s ON s.id = si."saleId"
          WHERE si."listingId" = l.id AND s."startsAt" <= ${now} AND s."endsAt" > ${now}
        ) sale ON true
        WHERE l."unlistedAt" IS NULL
      ) p
      ORDER BY p.price, p."gameId"`,
    db.$queryRaw<Array<{ at: Date | null }>>`
      SELECT least((SELECT min("startsAt") FROM "Sale" WHERE "startsAt" > ${now}),
                   (SELECT min("endsAt") FROM "Sale" WHERE "endsAt" > ${now})) AS at`,
  ]);
  const at = boundary[0]?.at;
  return {
    rows: rows.map((row) => ({ gameId: Number(row.gameId), hundredths: toHundredths(row.price), onSale: Number(row.percent) > 0 })),
    nextBoundary: at ? new Date(at) : null,
  };
}
