// Store rows a cart test needs, written straight to the database: a listing with prices (and a running sale),
// and a game owned through a paid order's entitlement, as fulfilment writes them.
import { getDb } from "@/lib/accounts-db/get-db";

export { DEFAULT_PRICES, listGame, type Prices } from "../../support/store-fixtures";

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
