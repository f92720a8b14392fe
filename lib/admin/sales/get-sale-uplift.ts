import "server-only";

import { Prisma, type PrismaClient } from "@/generated/prisma/client";

import type { SaleUplift } from "./schemas";
import { titlesOf } from "./titles-of";

/** How many days before a sale its games' sales are compared with. */
export const UPLIFT_BASELINE_DAYS = 28;
const MAX_SALES = 20;

interface UpliftRow {
  saleId: string;
  name: string;
  percent: number;
  startsAt: Date;
  endsAt: Date;
  gameId: number;
  unitsDuring: number;
  unitsBefore: number;
  perDayDuring: string;
  perDayBefore: string;
  upliftPercent: string | null;
}

/**
 * For each sale that overlaps [from, to] (the 20 latest by start), each of its games: units sold per day while
 * it ran (up to today for a live sale) against units per day in the 28 days before it started, from
 * DailyGameSales (`DailyGameSales_gameId_day_idx`), every currency's units together (a unit is a unit; money
 * is not summed across currencies). Ratios are computed in numeric and returned as two-place strings.
 */
export async function getSaleUplift(db: PrismaClient, from: Date, to: Date): Promise<SaleUplift[]> {
  const rows = await db.$queryRaw<UpliftRow[]>(Prisma.sql`
    WITH sales AS (
      SELECT s."id", s."name", s."percent", s."startsAt", s."endsAt",
        s."startsAt"::date AS "first", LEAST(s."endsAt", now())::date AS "last"
      FROM "Sale" s
      WHERE s."startsAt" < (${to}::date + 1) AND s."endsAt" > ${from}::date AND s."startsAt" <= now()
      ORDER BY s."startsAt" DESC LIMIT ${MAX_SALES}::int
    ), games AS (
      SELECT sales.*, l."gameId", GREATEST(sales."last" - sales."first" + 1, 1) AS "daysDuring"
      FROM sales JOIN "SaleItem" si ON si."saleId" = sales."id" JOIN "Listing" l ON l."id" = si."listingId"
    )
    SELECT g."id" AS "saleId", g."name", g."percent"::int AS "percent", g."startsAt", g."endsAt", g."gameId",
      d."during"::int AS "unitsDuring", d."before"::int AS "unitsBefore",
      round(d."during"::numeric / g."daysDuring", 2)::text AS "perDayDuring",
      round(d."before"::numeric / ${UPLIFT_BASELINE_DAYS}::int, 2)::text AS "perDayBefore",
      CASE WHEN d."before" > 0 THEN round(
        ((d."during"::numeric / g."daysDuring") - (d."before"::numeric / ${UPLIFT_BASELINE_DAYS}::int))
        * 100 / (d."before"::numeric / ${UPLIFT_BASELINE_DAYS}::int), 2)::text END AS "upliftPercent"
    FROM games g CROSS JOIN LATERAL (
      SELECT
        coalesce(sum(gs."units") FILTER (WHERE gs."day" >= g."first"), 0) AS "during",
        coalesce(sum(gs."units") FILTER (WHERE gs."day" < g."first"), 0) AS "before"
      FROM "DailyGameSales" gs
      WHERE gs."gameId" = g."gameId" AND gs."day" BETWEEN g."first" - ${UPLIFT_BASELINE_DAYS}::int AND g."last"
    ) d
    ORDER BY g."startsAt" DESC, g."id", d."during" DESC, g."gameId"`);
  const titles = titlesOf(rows.map((r) => r.gameId));
  const sales = new Map<string, SaleUplift>();
  for (const row of rows) {
    let sale = sales.get(row.saleId);
    if (!sale) {
      sale = {
        saleId: row.saleId,
        name: row.name,
        percent: row.percent,
        startsAt: row.startsAt.toISOString(),
        endsAt: row.endsAt.toISOString(),
        games: [],
      };
      sales.set(row.saleId, sale);
    }
    sale.games.push({
      gameId: row.gameId,
      title: titles.get(row.gameId) ?? null,
      unitsDuring: row.unitsDuring,
      unitsBefore: row.unitsBefore,
      perDayDuring: row.perDayDuring,
      perDayBefore: row.perDayBefore,
      upliftPercent: row.upliftPercent,
    });
  }
  return [...sales.values()];
}
