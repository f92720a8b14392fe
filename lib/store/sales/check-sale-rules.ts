import "server-only";

import type { Prisma } from "@/generated/prisma/client";
import { getEnv } from "@/lib/env";

import { DAY_MS, MAX_SALE_MS, MIN_SALE_MS, START_GRACE_MS } from "./sale-rules";
import type { SaleRuleViolation } from "./sale-schemas";

export interface SaleWindow {
  gameIds: readonly number[];
  startsAt: Date;
  endsAt: Date;
}

interface ClashRow {
  gameId: number;
  saleId: string;
  overlaps: boolean;
}

const LISTED_IN_DETAILS = 50;

/**
 * Steam's guard-rails for a sale about to be scheduled, every one that fails (the console shows them all; the
 * API refuses with the first): it lasts 1 day to 2 weeks, starts now or later, covers listed games only, overlaps
 * no other sale of those games, and keeps SALE_COOLDOWN_DAYS clear of every other sale of them, before and after.
 * Reads in the caller's transaction (createSale holds the sales lock, so two admins cannot both pass).
 */
export async function checkSaleRules(tx: Prisma.TransactionClient, window: SaleWindow, now: Date): Promise<SaleRuleViolation[]> {
  const problems: SaleRuleViolation[] = [];
  const { gameIds, startsAt, endsAt } = window;
  const length = endsAt.getTime() - startsAt.getTime();
  if (length < MIN_SALE_MS) problems.push({ code: "sale_too_short", message: "A sale lasts at least 1 day.", game_ids: [] });
  if (length > MAX_SALE_MS) problems.push({ code: "sale_too_long", message: "A sale lasts at most 2 weeks.", game_ids: [] });
  if (startsAt.getTime() < now.getTime() - START_GRACE_MS)
    problems.push({ code: "sale_starts_in_past", message: "A sale cannot start in the past.", game_ids: [] });

  const listed = await tx.listing.findMany({
    where: { gameId: { in: [...gameIds] }, unlistedAt: null },
    select: { gameId: true },
  });
  const listedIds = new Set(listed.map((l) => l.gameId));
  const unlisted = gameIds.filter((id) => !listedIds.has(id));
  if (unlisted.length > 0)
    problems.push({
      code: "game_not_listed",
      message: `${unlisted.length} of the games ${unlisted.length === 1 ? "is" : "are"} not listed in the store.`,
      game_ids: unlisted.slice(0, LISTED_IN_DETAILS),
    });

  const cooldownMs = getEnv().SALE_COOLDOWN_DAYS * DAY_MS;
  const clashes = await tx.$queryRaw<ClashRow[]>`
    SELECT l."gameId" AS "gameId", s.id AS "saleId", (s."startsAt" < ${endsAt} AND s."endsAt" > ${startsAt}) AS overlaps
    FROM "SaleItem" si
    JOIN "Sale" s ON s.id = si."saleId"
    JOIN "Listing" l ON l.id = si."listingId"
    WHERE l."gameId" = ANY(${[...gameIds]}::int[])
      AND s."startsAt" < ${new Date(endsAt.getTime() + cooldownMs)}
      AND s."endsAt" > ${new Date(startsAt.getTime() - cooldownMs)}`;
  const overlapping = clashes.filter((c) => c.overlaps);
  const cooling = clashes.filter((c) => !c.overlaps);
  if (overlapping.length > 0) problems.push(violation("sale_overlap", overlapping, "overlaps another sale of"));
  if (cooling.length > 0)
    problems.push(violation("sale_cooldown", cooling, `is within ${getEnv().SALE_COOLDOWN_DAYS} days of another sale of`));
  return problems;
}

function violation(code: "sale_overlap" | "sale_cooldown", rows: ClashRow[], what: string): SaleRuleViolation {
  const games = [...new Set(rows.map((r) => Number(r.gameId)))];
  return {
    code,
    message: `The sale ${what} ${games.length === 1 ? "1 game" : `${games.length} games`}.`,
    game_ids: games.slice(0, LISTED_IN_DETAILS),
    sale_ids: [...new Set(rows.map((r) => r.saleId))].slice(0, LISTED_IN_DETAILS),
  };
}
