// The order search stays on indexes: with 60,000 orders in PostgreSQL (analyzed), no shape of the search (every
// status, one status, a day range, an email, an id, a later page) reads the Order table sequentially.
// The plans are printed, so a change in them shows in the test log.
import { beforeAll, describe, expect, it } from "vitest";

import { Prisma } from "@/generated/prisma/client";
import { getDb } from "@/lib/accounts-db/get-db";
import { searchOrdersQuerySchema } from "@/lib/admin/orders/schemas";
import { searchOrdersSql } from "@/lib/admin/orders/search-orders";

import { setUpAccountsDatabase } from "../../auth/support/accounts-test-env";
import { createUser } from "../../auth/support/users";

setUpAccountsDatabase();

let buyer: { id: string; email: string };

beforeAll(async () => {
  const db = await getDb();
  buyer = await createUser("plan-buyer");
  // 60,000 orders over 300 days, every status, one buyer in 200 being ours.
  await db.$executeRaw`
    INSERT INTO "Order" ("id", "userId", "email", "status", "currency", "subtotal", "discount", "total", "createdAt", "updatedAt")
    SELECT 'plan' || lpad(i::text, 10, '0'),
      CASE WHEN i % 200 = 0 THEN ${buyer.id} END, 'someone@example.test',
      (ARRAY['pending_payment','paid','failed','expired','refund_pending','refunded','partially_refunded'])[1 + i % 7]::"OrderStatus",
      'USD', 19.99, 0, 19.99, now() - (i * interval '432 seconds'), now()
    FROM generate_series(1, 60000) AS i`;
  await db.$executeRaw`ANALYZE "Order"`;
});

async function plan(raw: Record<string, string>, userIds?: string[]): Promise<string> {
  const query = searchOrdersQuerySchema.parse(raw);
  const rows = await (await getDb()).$queryRaw<Array<{ "QUERY PLAN": string }>>(Prisma.sql`EXPLAIN ${searchOrdersSql(query, userIds)}`);
  return rows.map((r) => r["QUERY PLAN"]).join("\n");
}

describe("searchOrders query plans", () => {
  it.each([
    ["newest first, every status", {}],
    ["one status", { status: "paid" }],
    ["a day range", { from: "2026-01-01", to: "2026-12-31" }],
    ["an id", { id: "plan0000012345" }],
    ["a later page", { cursor: `${new Date(Date.now() - 86_400_000).toISOString()}~plan0000000200` }],
  ])("%s: index scans only", async (_name, raw) => {
    const text = await plan(raw);
    console.log(`-- ${_name}\n${text}`);
    expect(text).not.toMatch(/Seq Scan on "Order"/);
    expect(text).toMatch(/Index (Only )?Scan/);
  });

  it.each([
    ["an email", {}],
    ["an email and a status", { status: "paid" }],
  ])("%s: the buyer's orders through Order_userId_createdAt_idx", async (_name, raw) => {
    const text = await plan(raw, [buyer.id]);
    console.log(`-- ${_name}\n${text}`);
    expect(text).not.toMatch(/Seq Scan on "Order"/);
    expect(text).toMatch(/Order_userId_createdAt_idx/);
  });
});
