import "server-only";

import { getDb } from "@/lib/accounts-db/get-db";
import { attachGameCards } from "@/lib/catalog/attach-game-cards";

import { toWishlistEntry } from "./wishlist-entry-schemas";
import type { WishlistList } from "./wishlist-schemas";

/** One user's wishlist, newest first, each entry with its game's card. */
export async function listWishlist(userId: string): Promise<WishlistList> {
  const db = await getDb();
  const rows = await db.wishlistEntry.findMany({ where: { userId }, orderBy: [{ createdAt: "desc" }, { id: "asc" }] });
  return { entries: attachGameCards(rows.map(toWishlistEntry)), total: rows.length };
}
