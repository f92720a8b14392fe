import "server-only";

import { getDb } from "@/lib/accounts-db/get-db";
import { withEntryErrors } from "@/lib/library/with-entry-errors";

/** Takes a game off the user's wishlist; 404 when it is not there. */
export async function removeWishlistEntry(userId: string, gameId: number): Promise<void> {
  const db = await getDb();
  await withEntryErrors("wishlist", gameId, () => db.wishlistEntry.delete({ where: { userId_gameId: { userId, gameId } } }));
}
