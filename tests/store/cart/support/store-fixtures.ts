// Store rows a cart test needs, written straight to the database: a listing with prices (and a running sale),
// and a game owned through a paid order's entitlement, as fulfilment writes them.
import { randomBytes } from "node:crypto";

import { getDb } from "@/lib/accounts-db/get-db";

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

/** Sets a listed game's regular price in one currency (a price change after a player saw the old one). */
export async function setPrice(gameId: number, currency: string, amount: string): Promise<void> {
  const db = await getDb();
  const listing = await db.listing.findUniqueOrThrow({ where: { gameId } });
  await db.listingPrice.update({ where: { listingId_currency: { listingId: listing.id, currency } }, data: { amount } });
}

export async function unlistGame(gameId: number): Promise<void> {
  await (await getDb()).listing.update({ where: { gameId }, data: { unlistedAt: new Date() } });
}

/** The user owns the game: a paid order with one line and a live entitlement. */
export async function grantGame(userId: string, gameId: number): Promise<void> {
  const db = await getDb();
  await db.order.create({
    data: {
      userId,
      status: "paid",
      currency: "USD",
      subtotal: "19.99",
      discount: "0.00",
      total: "19.99",
      paidAt: new Date(),
      lines: {
        create: [
          {
            gameId,
            title: `Game ${gameId}`,
            unitPrice: "19.99",
            discount: "0.00",
            lineTotal: "19.99",
            entitlement: { create: { userId, gameId } },
          },
        ],
      },
    },
  });
}

/** The game ids in a cart, sorted. */
export async function cartGameIds(cartId: string): Promise<number[]> {
  const rows = await (await getDb()).cartItem.findMany({ where: { cartId }, select: { gameId: true } });
  return rows.map((row) => row.gameId).sort((a, b) => a - b);
}
