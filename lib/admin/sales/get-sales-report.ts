import "server-only";

import { Prisma } from "@/generated/prisma/client";
import { getDb } from "@/lib/accounts-db/get-db";

import { getSaleUplift } from "./get-sale-uplift";
import type { CheckoutDay, CheckoutTotals, CurrencyTotals, GameSales, SalesDay, SalesReport, SalesReportQuery } from "./schemas";
import { titlesOf } from "./titles-of";

const TOP_SELLERS = 20;

/**
 * The /admin/sales report for a range of UTC days, read from the rollups the sales consumers keep (DailySales,
 * DailyGameSales, DailyCheckouts; each keyed by day first, so a range is an index range): never the orders
 * table. Amounts are summed and divided in SQL numerics and come back as decimal strings; currencies are never
 * added together.
 *
 * @example
 * const report = await getSalesReport({ from: "2026-11-08", to: "2026-12-07", currency: undefined });
 */
export async function getSalesReport(query: SalesReportQuery): Promise<SalesReport> {
  const db = await getDb();
  const from = new Date(`${query.from}T00:00:00Z`);
  const to = new Date(`${query.to}T00:00:00Z`);
  const currency = query.currency ? Prisma.sql`AND "currency" = ${query.currency}` : Prisma.empty;
  const [days, currencies, sellers, checkoutDays, uplift] = await Promise.all([
    db.$queryRaw<SalesDay[]>(Prisma.sql`
      SELECT to_char("day", 'YYYY-MM-DD') AS "day", "currency", "orders", "units", "revenue"::text AS "revenue", "refunds"::text AS "refunds"
      FROM "DailySales" WHERE "day" BETWEEN ${from}::date AND ${to}::date ${currency}
      ORDER BY "day", "currency"`),
    db.$queryRaw<CurrencyTotals[]>(Prisma.sql`
      SELECT "currency", sum("orders")::int AS "orders", sum("units")::int AS "units",
        sum("revenue")::text AS "revenue", sum("refunds")::text AS "refunds",
        CASE WHEN sum("revenue") > 0 THEN round(sum("refunds") * 100 / sum("revenue"), 2)::text END AS "refundRate"
      FROM "DailySales" WHERE "day" BETWEEN ${from}::date AND ${to}::date ${currency}
      GROUP BY "currency" ORDER BY sum("revenue") DESC, "currency"`),
    db.$queryRaw<Array<Omit<GameSales, "title">>>(Prisma.sql`
      SELECT * FROM (
        SELECT "gameId", "currency", sum("units")::int AS "units", sum("revenue")::text AS "revenue",
          sum("refundedUnits")::int AS "refundedUnits", sum("refunds")::text AS "refunds",
          row_number() OVER (PARTITION BY "currency" ORDER BY sum("units") DESC, sum("revenue") DESC, "gameId") AS "rank"
        FROM "DailyGameSales" WHERE "day" BETWEEN ${from}::date AND ${to}::date ${currency}
        GROUP BY "gameId", "currency"
      ) ranked WHERE "rank" <= ${TOP_SELLERS} ORDER BY "currency", "rank"`),
    db.$queryRaw<CheckoutDay[]>(Prisma.sql`
      SELECT to_char("day", 'YYYY-MM-DD') AS "day", "placed", "paid", "failed", "expired", "refunded"
      FROM "DailyCheckouts" WHERE "day" BETWEEN ${from}::date AND ${to}::date ORDER BY "day"`),
    getSaleUplift(db, from, to),
  ]);
  const titles = titlesOf(sellers.map((s) => s.gameId));
  const topSellers = sellers.map(({ gameId, currency: c, units, revenue, refundedUnits, refunds }) => ({
    gameId,
    title: titles.get(gameId) ?? null,
    currency: c,
    units,
    revenue,
    refundedUnits,
    refunds,
  }));
  return {
    from: query.from,
    to: query.to,
    currency: query.currency ?? null,
    currencies,
    days,
    topSellers,
    checkouts: { days: checkoutDays, totals: checkoutTotals(checkoutDays) },
    uplift,
  };
}

/** Counts are integers, so adding them in JS is exact; the conversion is paid over placed, in percent. */
function checkoutTotals(days: readonly CheckoutDay[]): CheckoutTotals {
  const sum = (key: keyof Omit<CheckoutDay, "day">) => days.reduce((total, day) => total + day[key], 0);
  const totals = { placed: sum("placed"), paid: sum("paid"), failed: sum("failed"), expired: sum("expired"), refunded: sum("refunded") };
  return { ...totals, conversion: totals.placed > 0 ? ((totals.paid * 100) / totals.placed).toFixed(2) : null };
}
