import { getDb } from "@/lib/accounts-db/get-db";

import { orderGameSlugs } from "./order-game-slugs";
import { orderInclude, toOrderJson, type OrderJson } from "./order-json";

/** Every order of a user, oldest first, as the orders API shows them (the account export, GET /api/users/me/export). */
export async function exportOrders(userId: string): Promise<OrderJson[]> {
  const db = await getDb();
  const orders = await db.order.findMany({
    where: { userId },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    take: 10_000,
    include: orderInclude,
  });
  const slugs = orderGameSlugs(orders);
  return orders.map((order) => toOrderJson(order, slugs));
}
