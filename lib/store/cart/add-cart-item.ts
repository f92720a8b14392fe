import "server-only";

import { getDb } from "@/lib/accounts-db/get-db";
import { AppError } from "@/lib/errors/app-error";
import { SELLABLE_CURRENCIES, type Currency } from "@/lib/money";

import { listOwnedGameIds } from "../entitlements/list-owned-game-ids";
import { getOffers } from "../pricing/get-offers";
import type { Offer } from "../pricing/offer";
import { MAX_CART_ITEMS, type CartOwner } from "./cart-owner";
import { ensureUserCart } from "./ensure-user-cart";

export interface AddCartItemResult {
  cartId: string;
  /** False when the game was in the cart already (the add changed nothing). */
  added: boolean;
}

/**
 * Puts a game in the owner's cart, one copy per game: adding it again changes nothing (`added: false`), and
 * keeps the price first seen. Throws 409 `already_owned` for a game the user owns, 409 `not_for_sale` for one
 * with no offer in any currency (unlisted, or never listed), 409 `conflict` past MAX_CART_ITEMS. A guest
 * without a cart gets a new one: the caller sets its cookie from the returned id.
 *
 * @example
 * const { cartId, added } = await addCartItem({ kind: "guest", cartId: null }, 1234, "EUR");
 */
export async function addCartItem(owner: CartOwner, gameId: number, currency: Currency): Promise<AddCartItemResult> {
  const db = await getDb();
  if (owner.kind === "user" && (await listOwnedGameIds(owner.userId, [gameId], db)).has(gameId)) {
    throw new AppError("already_owned", "You own this game already: it is in your library.", { game_id: gameId });
  }
  const offer = await findOffer(gameId, currency);
  if (!offer) throw new AppError("not_for_sale", "This game is not for sale.", { game_id: gameId });

  const cartId = owner.kind === "user" ? await ensureUserCart(db, owner.userId) : (owner.cartId ?? (await db.cart.create({ data: {} })).id);
  if ((await db.cartItem.count({ where: { cartId } })) >= MAX_CART_ITEMS) {
    const there = await db.cartItem.findUnique({ where: { cartId_gameId: { cartId, gameId } }, select: { gameId: true } });
    if (!there) throw new AppError("conflict", `A cart holds at most ${MAX_CART_ITEMS} games.`, { max_items: MAX_CART_ITEMS });
  }
  // ON CONFLICT DO NOTHING: a double click or two tabs add the game once, and neither answers with an error.
  const { count } = await db.cartItem.createMany({
    data: [{ cartId, gameId, seenPrice: offer.price, seenCurrency: offer.currency }],
    skipDuplicates: true,
  });
  // Touched on every add, so the sweep (sweep-guest-carts.ts) measures a guest cart's age from its last use.
  await db.cart.update({ where: { id: cartId }, data: { updatedAt: new Date() } });
  return { cartId, added: count === 1 };
}

// The visitor's currency first; a game priced only in another is still for sale (its seen price is then in that one).
async function findOffer(gameId: number, currency: Currency): Promise<Offer | undefined> {
  for (const candidate of [currency, ...SELLABLE_CURRENCIES.filter((c) => c !== currency)]) {
    const offer = (await getOffers([gameId], candidate)).get(gameId);
    if (offer) return offer;
  }
  return undefined;
}
