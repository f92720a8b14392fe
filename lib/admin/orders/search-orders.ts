import "server-only";

import { Prisma } from "@/generated/prisma/client";
import { getDb } from "@/lib/accounts-db/get-db";

import { ORDER_STATUSES, toOrderCursor, type AdminOrderPage, type AdminOrderStatus, type SearchOrdersQuery } from "./schemas";

interface OrderRow {
  id: string;
  email: string | null;
  userId: string | null;
  status: AdminOrderStatus;
  currency: string;
  total: string;
  createdAt: Date;
  paidAt: Date | null;
  lineCount: number;
}

const DAY_MS = 86_400_000;

/**
 * Orders for /admin/orders, newest first (ties by id), a page at a time by keyset (`cursor` = the last order
 * shown), narrowed by buyer email, order id, status and placement days (UTC).
 *
 * Every shape stays on an index, so a page costs the same on the millionth order as on the first:
 * - `id`: the primary key.
 * - `email`: the account's unique email gives its user id, then one scan of `Order_userId_createdAt_idx`, the
 *   status a filter. (Order.email has no index; it is the same address, and it is cleared with the account, so
 *   searching it would find nothing more.)
 * - otherwise: one backward scan of `Order_status_createdAt_idx` per status asked for (all seven when none is),
 *   each stopping after a page, merged and cut to a page. A plain `ORDER BY "createdAt" DESC` over every status
 *   would read the whole table: no index leads with createdAt.
 *
 * @example
 * const { orders, nextCursor } = await searchOrders({ status: "paid", from: "2026-12-01", limit: 25 });
 */
export async function searchOrders(query: SearchOrdersQuery): Promise<AdminOrderPage> {
  const db = await getDb();
  let userIds: string[] | undefined;
  if (query.email) {
    const user = await db.user.findUnique({ where: { email: query.email }, select: { id: true } });
    if (!user) return { orders: [], nextCursor: null };
    userIds = [user.id];
  }
  const rows = await db.$queryRaw<OrderRow[]>(searchOrdersSql(query, userIds));
  const orders = rows.slice(0, query.limit).map((row) => ({
    id: row.id,
    email: row.email,
    userId: row.userId,
    status: row.status,
    currency: row.currency,
    total: row.total,
    lineCount: row.lineCount,
    createdAt: row.createdAt.toISOString(),
    paidAt: row.paidAt?.toISOString() ?? null,
  }));
  const last = orders.at(-1);
  return { orders, nextCursor: rows.length > query.limit && last ? toOrderCursor(last) : null };
}

/** The page query (limit + 1 rows, to tell whether there is a next page); exported for the plan test. */
export function searchOrdersSql(query: SearchOrdersQuery, userIds?: readonly string[]): Prisma.Sql {
  const take = query.limit + 1;
  const filters: Prisma.Sql[] = [];
  if (query.id) filters.push(Prisma.sql`o."id" = ${query.id}`);
  if (userIds) filters.push(Prisma.sql`o."userId" = ANY(${[...userIds]}::text[])`);
  if (query.from) filters.push(Prisma.sql`o."createdAt" >= ${new Date(`${query.from}T00:00:00Z`)}`);
  if (query.to) filters.push(Prisma.sql`o."createdAt" < ${new Date(Date.parse(`${query.to}T00:00:00Z`) + DAY_MS)}`);
  if (query.cursor) filters.push(Prisma.sql`(o."createdAt", o."id") < (${query.cursor.createdAt}, ${query.cursor.id})`);
  const scan = (conditions: Prisma.Sql[]) => Prisma.sql`(SELECT o."id", o."createdAt" FROM "Order" o
      WHERE ${conditions.length ? Prisma.join(conditions, " AND ") : Prisma.sql`TRUE`}
      ORDER BY o."createdAt" DESC, o."id" DESC LIMIT ${take}::int)`;
  const status = (s: string) => Prisma.sql`o."status" = ${s}::"OrderStatus"`;
  // A buyer's or one id's orders are few: one scan of their index, the status a filter. Otherwise one backward
  // scan of the status index per status, so each stops after a page.
  const perStatus =
    query.id || userIds
      ? [scan(query.status ? [status(query.status), ...filters] : filters)]
      : (query.status ? [query.status] : ORDER_STATUSES).map((s) => scan([status(s), ...filters]));
  return Prisma.sql`
    WITH page AS (
      SELECT * FROM (${Prisma.join(perStatus, " UNION ALL ")}) candidates
      ORDER BY "createdAt" DESC, "id" DESC LIMIT ${take}::int
    )
    SELECT o."id", o."email", o."userId", o."status", o."currency", o."total"::text AS "total", o."createdAt", o."paidAt",
      (SELECT count(*)::int FROM "OrderLine" l WHERE l."orderId" = o."id") AS "lineCount"
    FROM page JOIN "Order" o ON o."id" = page."id"
    ORDER BY o."createdAt" DESC, o."id" DESC`;
}
