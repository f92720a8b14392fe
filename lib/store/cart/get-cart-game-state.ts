import "server-only";

import { getDb } from "@/lib/accounts-db/get-db";
import type { Currency } from "@/lib/money";

import { listOwnedGameIds } from "../entitlements/list-owned-game-ids";
import { getOffers } from "../pricing/get-offers";
import type { CartOwner } from "./cart-owner";
import type { CartGameState } from "./cart-schemas";

/**
 * What the game page's store panel shows for one game and one visitor: the offer in their currency (null: not
 * for sale), whether the game is in their cart, and whether they own it. Read per visitor, never prerendered.
 */
export async function getCartGameState(owner: CartOwner, gameId: number, currency: Currency): Promise<CartGameState> {
  const db = await getDb();
  const where = owner.kind === "user" ? { cart: { userId: owner.userId }, gameId } : owner.cartId ? { cartId: owner.cartId, gameId } : null;
  const [offers, owned, inCart] = await Promise.all([
    getOffers([gameId], currency),
    owner.kind === "user" ? listOwnedGameIds(owner.userId, [gameId], db) : Promise.resolve(new Set<number>()),
    where ? db.cartItem.count({ where }) : Promise.resolve(0),
  ]);
  return { game_id: gameId, offer: offers.get(gameId) ?? null, in_cart: inCart > 0, owned: owned.has(gameId) };
}
