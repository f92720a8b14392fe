import "server-only";

import { getDb } from "@/lib/accounts-db/get-db";

import type { CartOwner } from "./cart-owner";

/**
 * Takes a game out of the owner's cart. Idempotent: removing a game that is not there (or from no cart) is not
 * an error, as a second click on "Remove" or a retried request must not show one.
 */
export async function removeCartItem(owner: CartOwner, gameId: number): Promise<void> {
  const db = await getDb();
  const where = owner.kind === "user" ? { cart: { userId: owner.userId } } : owner.cartId ? { cartId: owner.cartId } : null;
  if (!where) return;
  await db.cartItem.deleteMany({ where: { ...where, gameId } });
}
