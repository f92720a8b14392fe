// Store rows for tests, written straight through Prisma: listings with prices (and a sale), a user's cart.
import { randomBytes } from "node:crypto";

import { getDb } from "@/lib/accounts-db/get-db";
import { getCatalogDb } from "@/lib/catalog/db";

/** Ids of popular games of the test catalog, skipping the first `offset`. */
export function catalogGameIds(count: number, offset = 0): number[] {
  return getCatalogDb().prepare("SELECT id FROM games ORDER BY popularity DESC LIMIT ? OFFSET ?").pluck().all(count, offset) as number[];
}

export type Prices = Partial<Record<"USD" | "EUR" | "GBP" | "JPY", string>>;

export const DEFAULT_PRICES: Prices = { USD: "19.99", EUR: "17.99", GBP: "15.99", JPY: "2480.00" };

/** Lists a game with the given regular prices; `salePercent` starts a sale on it running for a day. */
export async function listGame(gameId: number, prices: Prices = DEFAULT_PRICES, salePercent?: number): Promise<string> {
  const db = await getDb();
  const listing = await db.listing.upsert({ where: { gameId }, create: { gameId }, update: { unlistedAt: null }, select: { id: true } });
  for (const [currency, amount] of Object.entries(prices)) {
    await db.listingPrice.upsert({
      where: { listingId_currency: { listingId: listing.id, currency } },
      create: { listingId: listing.id, currency, amount },
      update: { amount },
    });
  }
  if (salePercent) {
    const now = Date.now();
    await db.sale.create({
      data: {
        name: `Test sale ${randomBytes(3).toString("hex")}`,
        percent: salePercent,
        startsAt: new Date(now - 3_600_000),
        endsAt: new Date(now + 24 * 3_600_000),
        items: { create: [{ listingId: listing.id }] },
      },
    });
  }
  return listing.id;
}

export async function putInCart(userId: string, gameIds: number[], seen?: { price: string; currency: string }): Promise<void> {
  const db = await getDb();
  const cart = await db.cart.upsert({ where: { userId }, create: { userId }, update: {} });
  await db.cartItem.createMany({
    data: gameIds.map((gameId) => ({ cartId: cart.id, gameId, seenPrice: seen?.price ?? null, seenCurrency: seen?.currency ?? null })),
    skipDuplicates: true,
  });
}
