import "server-only";

import { getDb } from "@/lib/accounts-db/get-db";
import { toHundredths, type Currency } from "@/lib/money";
import { processSingleton } from "@/lib/process-singleton";

import { effectivePrice } from "./effective-price";

/** One game for sale, as the search's price filters need it: price in hundredths (a bigint, never a float). */
export interface StorePrice {
  gameId: number;
  hundredths: bigint;
  onSale: boolean;
}

interface ListedRow {
  listingId: string;
  gameId: number;
  regular: string;
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
 * search's on_sale / max_price / sort=price. Read in one round of queries (the demo store's 5,000 games: tens of ms),
 * kept per process until the next sale starts or ends, and at most STORE_PRICES_TTL_MS, so a sale boundary is
 * never served stale; concurrent misses share one load. The price is effectivePrice's, as the offers have it.
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
  // Three plain reads joined here rather than in SQL: the running sales are a few hundred rows, and a join on
  // the listings misplans on a freshly seeded store without statistics (a nested loop over the aggregate, 0.8 s
  // for 5,000 listings; this is tens of milliseconds). The price is effectivePrice's, the offers' own rounding.
  const [listed, running, boundary] = await Promise.all([
    db.$queryRaw<ListedRow[]>`
      SELECT l.id AS "listingId", l."gameId" AS "gameId", lp.amount::text AS regular
      FROM "Listing" l JOIN "ListingPrice" lp ON lp."listingId" = l.id AND lp.currency = ${currency}
      WHERE l."unlistedAt" IS NULL`,
    db.$queryRaw<Array<{ listingId: string; percent: number }>>`
      SELECT si."listingId", max(s.percent) AS percent
      FROM "Sale" s JOIN "SaleItem" si ON si."saleId" = s.id
      WHERE s."startsAt" <= ${now} AND s."endsAt" > ${now}
      GROUP BY si."listingId"`,
    db.$queryRaw<Array<{ at: Date | null }>>`
      SELECT least((SELECT min("startsAt") FROM "Sale" WHERE "startsAt" > ${now}),
                   (SELECT min("endsAt") FROM "Sale" WHERE "endsAt" > ${now})) AS at`,
  ]);
  const percents = new Map(running.map((sale) => [sale.listingId, Number(sale.percent)]));
  const rows = listed.map((row): StorePrice => {
    const percent = percents.get(row.listingId) ?? 0;
    return {
      gameId: Number(row.gameId),
      hundredths: toHundredths(effectivePrice(row.regular, percent, currency).price),
      onSale: percent > 0,
    };
  });
  rows.sort((a, b) => (a.hundredths < b.hundredths ? -1 : a.hundredths > b.hundredths ? 1 : a.gameId - b.gameId));
  const at = boundary[0]?.at;
  return { rows, nextBoundary: at ? new Date(at) : null };
}
