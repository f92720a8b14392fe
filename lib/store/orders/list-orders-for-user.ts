import { z } from "zod";

import { getDb } from "@/lib/accounts-db/get-db";

import { orderGameSlugs } from "./order-game-slugs";
import { orderInclude, toOrderJson, type OrderJson } from "./order-json";

export const listOrdersQuerySchema = z.strictObject({
  /** The last order id of the previous page (its next_cursor). */
  cursor: z.string().trim().min(1).max(64).optional(),
  limit: z.coerce.number().int().min(1).max(50).default(20),
});
export type ListOrdersQuery = z.infer<typeof listOrdersQuerySchema>;

/** The user's orders, newest first, a page at a time (keyset on createdAt and id, so pages never shift). */
export async function listOrdersForUser(
  userId: string,
  { cursor, limit }: ListOrdersQuery,
): Promise<{ orders: OrderJson[]; next_cursor: string | null }> {
  const db = await getDb();
  const after = cursor ? await db.order.findFirst({ where: { id: cursor, userId }, select: { id: true, createdAt: true } }) : null;
  const orders = await db.order.findMany({
    where: {
      userId,
      ...(after ? { OR: [{ createdAt: { lt: after.createdAt } }, { createdAt: after.createdAt, id: { lt: after.id } }] } : {}),
    },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: limit + 1,
    include: orderInclude,
  });
  const page = orders.slice(0, limit);
  const slugs = orderGameSlugs(page);
  return { orders: page.map((order) => toOrderJson(order, slugs)), next_cursor: orders.length > limit ? page.at(-1)!.id : null };
}
