import "server-only";

import type { StoreDb } from "../store-db";

/**
 * The id of the user's cart, made on first use. An INSERT … ON CONFLICT DO NOTHING on the unique userId
 * (createMany with skipDuplicates; Prisma's upsert is a read then a write here, and two first adds at once, as
 * the badge and the page make, raced into a unique violation in the tests), then a read. Nothing throws, so it
 * is safe inside a caller's transaction too, where a unique violation would abort the transaction.
 */
export async function ensureUserCart(db: StoreDb, userId: string): Promise<string> {
  await db.cart.createMany({ data: [{ userId }], skipDuplicates: true });
  return (await db.cart.findUniqueOrThrow({ where: { userId }, select: { id: true } })).id;
}
