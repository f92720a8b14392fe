import "server-only";

import { getDb } from "@/lib/accounts-db/get-db";

import { listOwnedGameIds } from "../entitlements/list-owned-game-ids";
import { ensureUserCart } from "./ensure-user-cart";

/**
 * Merges a guest cart into the user's at sign-in: the union of the two, minus games the user owns, one copy per
 * game (a game in both keeps the user's line and the price seen then); then the guest cart is deleted. Returns how
 * many games came over. A cart id that names no guest cart (missing, already merged, or another user's cart in a
 * forged cookie) merges nothing and touches nothing, so calling this twice at once, or again later, is safe.
 *
 * @example
 * await mergeGuestCart(cookieCartId, user.id); // then clear the cart cookie
 */
export async function mergeGuestCart(guestCartId: string, userId: string): Promise<number> {
  const db = await getDb();
  const guest = await db.cart.findFirst({
    where: { id: guestCartId, userId: null },
    select: { id: true, items: { select: { gameId: true, seenPrice: true, seenCurrency: true, addedAt: true } } },
  });
  if (!guest) return 0;
  return db.$transaction(async (tx) => {
    const cartId = await ensureUserCart(tx, userId);
    const owned = await listOwnedGameIds(
      userId,
      guest.items.map((item) => item.gameId),
      tx,
    );
    const items = guest.items.filter((item) => !owned.has(item.gameId)).map((item) => ({ cartId, ...item }));
    // ON CONFLICT DO NOTHING keeps one copy per game: the user's own line wins.
    const { count } = items.length ? await tx.cartItem.createMany({ data: items, skipDuplicates: true }) : { count: 0 };
    await tx.cart.deleteMany({ where: { id: guest.id, userId: null } });
    return count;
  });
}
