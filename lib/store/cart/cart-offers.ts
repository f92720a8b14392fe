import "server-only";

import { getDb } from "@/lib/accounts-db/get-db";
import { discountLine, formatAmount, minAmount, type Currency } from "@/lib/money";

/** The offer contract of the store (issue 15): amounts as decimal strings, in one currency. */
export interface CartOffer {
  currency: string;
  price: string;
  regular_price: string;
  discount_percent: number;
  sale_ends_at: string | null;
  lowest_price_30d: string;
}

const DAY_MS = 24 * 3_600_000;

// Interim reader, used until the pricing branch's getOffers (lib/store/pricing/get-offers.ts) is merged: the
// same contract (absent from the map = not for sale), read straight from Listing, ListingPrice and Sale.
/** The current offers of `gameIds` in `currency`; a game missing from the map is not for sale in it. */
export async function getCartOffers(gameIds: readonly number[], currency: Currency): Promise<Map<number, CartOffer>> {
  if (gameIds.length === 0) return new Map();
  const db = await getDb();
  const now = new Date();
  const listings = await db.listing.findMany({
    where: { gameId: { in: [...new Set(gameIds)] }, unlistedAt: null, prices: { some: { currency } } },
    select: {
      gameId: true,
      prices: { where: { currency }, select: { amount: true } },
      saleItems: {
        where: { sale: { startsAt: { lte: now }, endsAt: { gt: now } } },
        select: { sale: { select: { percent: true, endsAt: true } } },
      },
      priceChanges: { where: { currency, effectiveFrom: { gte: new Date(now.getTime() - 30 * DAY_MS) } }, select: { price: true } },
    },
  });
  const offers = new Map<number, CartOffer>();
  for (const listing of listings) {
    const regular = listing.prices[0];
    if (!regular) continue;
    // Overlapping sales: the deepest one applies.
    const sale = listing.saleItems.map((item) => item.sale).sort((a, b) => b.percent - a.percent)[0];
    const { price } = discountLine(formatAmount(regular.amount), sale?.percent ?? 0, currency);
    offers.set(listing.gameId, {
      currency,
      price,
      regular_price: formatAmount(regular.amount),
      discount_percent: sale?.percent ?? 0,
      sale_ends_at: sale ? sale.endsAt.toISOString() : null,
      lowest_price_30d: minAmount(price, ...listing.priceChanges.map((change) => formatAmount(change.price))),
    });
  }
  return offers;
}
