import "server-only";

import { getDb } from "@/lib/accounts-db/get-db";

import { listOwnedGameIds } from "../entitlements/list-owned-game-ids";
import type { StoreDb } from "../store-db";
import { ensureUserCart } from "./ensure-user-cart";

/** A game going back into the cart, with the price the order had for it (so the cart can say if it changed). */
export type RestoredGame = number | { gameId: number; seenPrice: string; seenCurrency: string };

/**
 * Puts an order's games back in the user's cart after the order expired, failed or was cancelled, so the player
 * can try again: games they own now are skipped, games already in the cart stay as they are (one copy per game).
 * Safe to run twice (a redelivered webhook). Pass the caller's transaction as `client` to restore in the same
 * transaction as the order's transition. Returns how many games went back.
 *
 * @example
 * await restoreCart(order.userId, order.lines.map((l) => ({ gameId: l.gameId, seenPrice: l.unitPrice, seenCurrency: order.currency })), tx);
 */
export async function restoreCart(userId: string, games: readonly RestoredGame[], client?: StoreDb): Promise<number> {
  if (games.length === 0) return 0;
  const db = client ?? (await getDb());
  const items = games.map((game) => (typeof game === "number" ? { gameId: game, seenPrice: null, seenCurrency: null } : game));
  const owned = await listOwnedGameIds(
    userId,
    items.map((item) => item.gameId),
    db,
  );
  const cartId = await ensureUserCart(db, userId);
  const { count } = await db.cartItem.createMany({
    data: items.filter((item) => !owned.has(item.gameId)).map((item) => ({ cartId, ...item })),
    skipDuplicates: true,
  });
  return count;
}
