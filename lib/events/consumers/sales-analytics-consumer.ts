import { Prisma } from "@/generated/prisma/client";

import { defineEventConsumer } from "../define-event-consumer";

/**
 * Keeps DailySales (per UTC day of the event and currency): order.paid adds one order, its lines as units and
 * its total as revenue; order.refunded adds the refunded amount. It runs in the dedupe transaction
 * (applyEventOnce), so a redelivered event is counted once. Amounts stay decimal strings cast to numeric in
 * SQL: they never pass through a JS number.
 */
export const salesAnalyticsConsumer = defineEventConsumer({
  name: "sales-analytics",
  types: ["order.paid", "order.refunded"],
  async handle(event, tx) {
    const day = event.occurred_at.slice(0, 10);
    const data = event.data;
    const row =
      "lines" in data
        ? { orders: 1, units: data.lines.length, revenue: data.total, refunds: "0.00" }
        : { orders: 0, units: 0, revenue: "0.00", refunds: data.amount };
    await tx.$executeRaw(Prisma.sql`
      INSERT INTO "DailySales" ("day", "currency", "orders", "units", "revenue", "refunds")
      VALUES (${day}::date, ${data.currency}, ${row.orders}, ${row.units}, ${row.revenue}::numeric, ${row.refunds}::numeric)
      ON CONFLICT ("day", "currency") DO UPDATE SET
        "orders" = "DailySales"."orders" + EXCLUDED."orders",
        "units" = "DailySales"."units" + EXCLUDED."units",
        "revenue" = "DailySales"."revenue" + EXCLUDED."revenue",
        "refunds" = "DailySales"."refunds" + EXCLUDED."refunds"`);
  },
});
