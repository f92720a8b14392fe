import "server-only";

import { getDb } from "@/lib/accounts-db/get-db";
import { formatAmount } from "@/lib/money";

import { listOwnedGameIds } from "../entitlements/list-owned-game-ids";
import type { StoreDb } from "../store-db";

export interface CheckoutCartItem {
  gameId: number;
  /** The price and currency shown when the game went in (null for a game restored after a failed order). */
  seenPrice: string | null;
  seenCurrency: string | null;
  addedAt: Date;
}

export interface CheckoutCart {
  cartId: string;
  /** The order the cart's last checkout placed (the double-click guard, see prisma/schema.prisma Cart). */
  lastOrderId: string | null;
  /** Oldest first, without games the user owns now. */
  items: CheckoutCartItem[];
}

/**
 * The signed-in user's cart as checkout reads it (lib/store/checkout), or null when the user has no cart. Pass
 * the checkout's transaction as `client` to read it inside the transaction that then empties it. Only a user's
 * own cart is ever read: a guest cart has merged into it by the time they can check out (merge-guest-cart.ts).
 *
 * @example
 * await db.$transaction(async (tx) => {
 *   const cart = await getCartForCheckout(user.id, tx);
 *   if (!cart || cart.items.length === 0) throw new AppError(…"cart_empty"…);
 *   …
 * });
 */
export async function getCartForCheckout(userId: string, client?: StoreDb): Promise<CheckoutCart | null> {
  const db = client ?? (await getDb());
  const cart = await db.cart.findUnique({
    where: { userId },
    select: { id: true, lastOrderId: true, items: { orderBy: [{ addedAt: "asc" }, { gameId: "asc" }] } },
  });
  if (!cart) return null;
  const owned = await listOwnedGameIds(
    userId,
    cart.items.map((item) => item.gameId),
    db,
  );
  return {
    cartId: cart.id,
    lastOrderId: cart.lastOrderId,
    items: cart.items
      .filter((item) => !owned.has(item.gameId))
      .map((item) => ({
        gameId: item.gameId,
        seenPrice: item.seenPrice === null ? null : formatAmount(item.seenPrice),
        seenCurrency: item.seenCurrency,
        addedAt: item.addedAt,
      })),
  };
}
