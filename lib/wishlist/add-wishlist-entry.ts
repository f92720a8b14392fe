import "server-only";

import { getDb } from "@/lib/accounts-db/get-db";
import { findGameOrThrow } from "@/lib/catalog-sync/find-game-or-throw";
import { attachGameCards } from "@/lib/catalog/attach-game-cards";
import { withEntryErrors } from "@/lib/library/with-entry-errors";

import { toWishlistEntry, type CreateWishlistEntryBody } from "./wishlist-entry-schemas";
import type { WishlistItem } from "./wishlist-schemas";

/**
 * Puts a game on the user's wishlist, with an optional price-drop alert. Already there: 409 conflict (as
 * the library does, so a repeated add never drops a threshold set since). Unknown game: 404.
 */
export async function addWishlistEntry(userId: string, body: CreateWishlistEntryBody): Promise<WishlistItem> {
  await findGameOrThrow(body.gameId);
  const db = await getDb();
  const row = await withEntryErrors("wishlist", body.gameId, () => db.wishlistEntry.create({ data: { userId, ...body } }));
  return attachGameCards([toWishlistEntry(row)])[0]!;
}
