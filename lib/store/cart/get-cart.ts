import "server-only";

import { getDb } from "@/lib/accounts-db/get-db";
import { attachGameCards } from "@/lib/catalog/attach-game-cards";
import { addAmounts, formatAmount, subtractAmount, type Currency } from "@/lib/money";

import { listOwnedGameIds } from "../entitlements/list-owned-game-ids";
import { getOffers } from "../pricing/get-offers";
import type { CartOwner } from "./cart-owner";
import type { CartLine, CartView } from "./cart-schemas";

/**
 * The owner's cart as GET /api/cart shows it: lines oldest first with the game's card and current offer in
 * `currency`, and totals over the lines that are still for sale (subtotal at regular prices, the sale discount,
 * the total to pay). A user's games they have come to own since (bought in another tab) are dropped here.
 */
export async function getCart(owner: CartOwner, currency: Currency): Promise<CartView> {
  const db = await getDb();
  const where = owner.kind === "user" ? { cart: { userId: owner.userId } } : owner.cartId ? { cartId: owner.cartId } : null;
  let rows = where ? await db.cartItem.findMany({ where, orderBy: [{ addedAt: "asc" }, { gameId: "asc" }] }) : [];
  if (owner.kind === "user" && rows.length > 0) {
    const owned = await listOwnedGameIds(
      owner.userId,
      rows.map((row) => row.gameId),
      db,
    );
    if (owned.size > 0) {
      await db.cartItem.deleteMany({ where: { cart: { userId: owner.userId }, gameId: { in: [...owned] } } });
      rows = rows.filter((row) => !owned.has(row.gameId));
    }
  }
  const offers = await getOffers(
    rows.map((row) => row.gameId),
    currency,
  );
  const items: CartLine[] = attachGameCards(rows).map((row) => {
    const offer = offers.get(row.gameId) ?? null;
    const seen = row.seenPrice === null ? null : formatAmount(row.seenPrice);
    return {
      game_id: row.gameId,
      title: row.game?.name ?? `Game #${row.gameId}`,
      slug: row.game?.listed ? row.game.slug : null,
      cover: row.game?.cover_url ?? null,
      offer,
      added_at: row.addedAt.toISOString(),
      price_changed: offer !== null && seen !== null && row.seenCurrency === offer.currency && seen !== offer.price,
    };
  });
  const priced = items.flatMap((item) => (item.offer ? [item.offer] : []));
  const subtotal = addAmounts("0", ...priced.map((offer) => offer.regular_price));
  const total = addAmounts("0", ...priced.map((offer) => offer.price));
  return { items, count: items.length, currency, subtotal, discount: subtractAmount(subtotal, total), total };
}
