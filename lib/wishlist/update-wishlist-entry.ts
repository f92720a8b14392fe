import "server-only";

import { getDb } from "@/lib/accounts-db/get-db";
import { attachGameCards } from "@/lib/catalog/attach-game-cards";
import { withEntryErrors } from "@/lib/library/with-entry-errors";

import { toWishlistEntry, type UpdateWishlistEntryBody } from "./wishlist-entry-schemas";
import type { WishlistItem } from "./wishlist-schemas";

/** Changes the user's wishlist entry for a game (threshold and currency together; null clears); 404 when absent. */
export async function updateWishlistEntry(userId: string, gameId: number, body: UpdateWishlistEntryBody): Promise<WishlistItem> {
  const db = await getDb();
  const row = await withEntryErrors("wishlist", gameId, () =>
    db.wishlistEntry.update({ where: { userId_gameId: { userId, gameId } }, data: body }),
  );
  return attachGameCards([toWishlistEntry(row)])[0]!;
}
