import "server-only";

import { getDb } from "@/lib/accounts-db/get-db";

import { GUEST_CART_MAX_AGE_DAYS } from "./cart-owner";

/**
 * Deletes guest carts untouched for `maxAgeDays` (their cookie has expired by then too); users' carts are kept.
 * Returns how many went. Their items go with them (ON DELETE CASCADE).
 */
export async function sweepGuestCarts(maxAgeDays = GUEST_CART_MAX_AGE_DAYS, now = new Date()): Promise<number> {
  const db = await getDb();
  const before = new Date(now.getTime() - maxAgeDays * 24 * 3_600_000);
  const { count } = await db.cart.deleteMany({ where: { userId: null, updatedAt: { lt: before } } });
  return count;
}
