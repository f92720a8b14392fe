// Input and answer of GET /api/admin/sales (and its CSV export), shared by the routes and the console.
import { z } from "zod";

import { daySchema } from "../orders/schemas";

const DAY_MS = 86_400_000;
/** The longest range one page view reads: a year of days. */
export const MAX_SALES_RANGE_DAYS = 366;

const today = () => new Date().toISOString().slice(0, 10);
const daysBefore = (day: string, n: number) => new Date(Date.parse(`${day}T00:00:00Z`) - n * DAY_MS).toISOString().slice(0, 10);

export const salesReportQuerySchema = z
  .object({
    /** First day (UTC); 29 days before `to` by default (30 days in all). */
    from: z.union([daySchema, z.literal("")]).optional(),
    /** Last day (UTC), all of it; today by default. */
    to: z.union([daySchema, z.literal("")]).optional(),
    /** One currency only; every currency (each on its own) by default. */
    currency: z
      .union([
        z
          .string()
          .trim()
          .toUpperCase()
          .regex(/^[A-Z]{3}$/, "a currency code such as USD"),
        z.literal(""),
      ])
      .optional()
      .transform((c) => (c ? c : undefined)),
  })
  .transform((q) => {
    const to = q.to || today();
    return { from: q.from || daysBefore(to, 29), to, currency: q.currency };
  })
  .refine((q) => q.from <= q.to, { message: "from must not come after to", path: ["from"] })
  .refine((q) => (Date.parse(q.to) - Date.parse(q.from)) / DAY_MS < MAX_SALES_RANGE_DAYS, {
    message: `at most ${MAX_SALES_RANGE_DAYS} days at a time`,
    path: ["from"],
  });
export type SalesReportQuery = z.infer<typeof salesReportQuerySchema>;

/** Which table the CSV export holds; the range comes from salesReportQuerySchema. */
export const salesExportQuerySchema = z
  .object({ kind: z.enum(["days", "games", "checkouts"]).default("days") })
  .transform(({ kind }) => kind);

/** One day in one currency (DailySales). */
export interface SalesDay {
  day: string;
  currency: string;
  orders: number;
  units: number;
  revenue: string;
  refunds: string;
}

/** One game in one currency over the range (DailyGameSales). */
export interface GameSales {
  gameId: number;
  title: string | null;
  currency: string;
  units: number;
  revenue: string;
  refundedUnits: number;
  refunds: string;
}

/** Per currency over the range: totals and the refund rate (refunded amount over revenue, in percent). */
export interface CurrencyTotals {
  currency: string;
  orders: number;
  units: number;
  revenue: string;
  refunds: string;
  /** "4.17" (percent, two places), null without revenue. */
  refundRate: string | null;
}

export interface CheckoutDay {
  day: string;
  placed: number;
  paid: number;
  failed: number;
  expired: number;
  refunded: number;
}

export interface CheckoutTotals extends Omit<CheckoutDay, "day"> {
  /** paid / placed in percent ("62.50"), null when nothing was placed. */
  conversion: string | null;
}

/** A sale's effect on its games: units per day during the sale against the 28 days before it (every currency). */
export interface SaleUplift {
  saleId: string;
  name: string;
  percent: number;
  startsAt: string;
  endsAt: string;
  games: Array<{
    gameId: number;
    title: string | null;
    unitsDuring: number;
    unitsBefore: number;
    /** Units per day, two places. */
    perDayDuring: string;
    perDayBefore: string;
    /** (during - before) / before in percent; null when nothing sold before. */
    upliftPercent: string | null;
  }>;
}

export interface SalesReport {
  from: string;
  to: string;
  currency: string | null;
  currencies: CurrencyTotals[];
  days: SalesDay[];
  topSellers: GameSales[];
  checkouts: { days: CheckoutDay[]; totals: CheckoutTotals };
  uplift: SaleUplift[];
}
