import "server-only";

import { getDb } from "@/lib/accounts-db/get-db";

import type { StoreDb } from "../store-db";

/**
 * The games a user owns now: those with a live entitlement (not revoked by a refund). Pass `gameIds` to ask
 * about a few games only (the cart, a game page); without it, every game the user owns.
 *
 * @example
 * const owned = await listOwnedGameIds(user.id, [1234, 5678]); // Set { 1234 }
 */
export async function listOwnedGameIds(userId: string, gameIds?: readonly number[], client?: StoreDb): Promise<Set<number>> {
  if (gameIds && gameIds.length === 0) return new Set();
  const db = client ?? (await getDb());
  const rows = await db.entitlement.findMany({
    where: { userId, revokedAt: null, ...(gameIds ? { gameId: { in: [...new Set(gameIds)] } } : {}) },
    select: { gameId: true },
  });
  return new Set(rows.map((row) => row.gameId));
}
