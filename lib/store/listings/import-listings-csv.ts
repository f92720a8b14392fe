import "server-only";

import { randomUUID } from "node:crypto";

import type { Prisma } from "@/generated/prisma/client";
import { getDb } from "@/lib/accounts-db/get-db";
import { AppError } from "@/lib/errors/app-error";
import { nudgeRelay } from "@/lib/events/nudge-relay";
import { SELLABLE_CURRENCIES } from "@/lib/money";
import { forgetStorePrices } from "@/lib/store/pricing/list-store-prices";
import { setListingPrices, type ListingPriceEdit } from "@/lib/store/pricing/set-listing-prices";
import { takeSalesLock } from "@/lib/store/sales/sales-lock";

import { findPriceLocks } from "./find-price-locks";
import { gameTitles } from "./game-titles";
import type { ImportListingsResult, ImportRowPlan } from "./listing-schemas";
import { parseListingsCsv, type CsvLineError } from "./parse-listings-csv";
import { revalidateStorePages } from "./revalidate-store-pages";

/**
 * Imports the listings CSV (parse-listings-csv.ts) all or nothing, in one transaction under the sales lock:
 * malformed lines (400 `invalid_csv`), games not in the catalog, new listings without every price, and price
 * edits of games a live or scheduled sale locks (409 `price_locked_by_sale`) are all refused with their line
 * numbers in `details.errors`, and nothing is written. A dry run checks and plans the same way and writes
 * nothing; its answer is the preview the console shows before the real import.
 */
export async function importListingsCsv(
  text: string,
  { dryRun, now = new Date() }: { dryRun: boolean; now?: Date },
): Promise<ImportListingsResult> {
  const parsed = parseListingsCsv(text);
  if (parsed.errorCount > 0) throw csvError("invalid_csv", parsed.errors, parsed.errorCount);
  const db = await getDb();
  const result = await db.$transaction(
    async (tx) => {
      await takeSalesLock(tx);
      const rows = parsed.rows;
      const listings = await tx.listing.findMany({
        where: { gameId: { in: rows.map((r) => r.gameId) } },
        include: { prices: { select: { currency: true, amount: true } } },
      });
      const byGame = new Map(listings.map((l) => [l.gameId, l]));
      const titles = gameTitles(rows.map((r) => r.gameId));
      const locks = await findPriceLocks(
        tx,
        listings.map((l) => l.id),
        now,
      );
      const errors: CsvLineError[] = [];
      let lockedOnly = true;
      const plans: ImportRowPlan[] = [];
      for (const row of rows) {
        const listing = byGame.get(row.gameId);
        const title = titles.get(row.gameId)?.title ?? null;
        if (!listing) {
          const missing = SELLABLE_CURRENCIES.filter((currency) => !row.prices[currency]);
          if (!titles.has(row.gameId)) errors.push({ line: row.line, column: "game_id", message: `No game has the id ${row.gameId}.` });
          else if (missing.length > 0)
            errors.push({ line: row.line, message: `A new listing needs every price (missing ${missing.join(", ")}).` });
          else {
            plans.push({
              line: row.line,
              game_id: row.gameId,
              title,
              action: "create",
              listed: { from: null, to: row.listed ?? true },
              prices: Object.fromEntries(SELLABLE_CURRENCIES.map((c) => [c, { from: null, to: row.prices[c]! }])),
            });
            continue;
          }
          lockedOnly = false;
          continue;
        }
        const current = new Map(listing.prices.map((p) => [p.currency, p.amount.toFixed(2)]));
        const prices: ImportRowPlan["prices"] = {};
        for (const currency of SELLABLE_CURRENCIES) {
          const to = row.prices[currency];
          if (to !== undefined && current.get(currency) !== to) prices[currency] = { from: current.get(currency) ?? null, to };
        }
        const lock = locks.get(listing.id);
        if (lock && Object.keys(prices).length > 0) {
          errors.push({
            line: row.line,
            message: `Game ${row.gameId}: prices are locked by the sale "${lock.sale.name}" until ${lock.sale.ends_at}.`,
          });
          continue;
        }
        const wasListed = listing.unlistedAt === null;
        const listed = row.listed !== undefined && row.listed !== wasListed ? { from: wasListed, to: row.listed } : undefined;
        if (listed || Object.keys(prices).length > 0)
          plans.push({ line: row.line, game_id: row.gameId, title, action: "update", ...(listed ? { listed } : {}), prices });
      }
      if (errors.length > 0) throw csvError(lockedOnly ? "price_locked_by_sale" : "invalid_csv", errors.slice(0, 100), errors.length);
      if (!dryRun) await applyPlans(tx, plans, byGame, now);
      return plans;
    },
    { timeout: 120_000, maxWait: 30_000 },
  );
  const priceChanges = result.reduce((sum, plan) => sum + Object.keys(plan.prices).length, 0);
  if (!dryRun && priceChanges > 0) nudgeRelay();
  if (!dryRun) forgetStorePrices();
  if (!dryRun) revalidateStorePages(result.map((plan) => plan.game_id));
  return {
    dry_run: dryRun,
    summary: {
      rows: parsed.rows.length,
      created: result.filter((p) => p.action === "create").length,
      listed: result.filter((p) => p.action === "update" && p.listed?.to === true).length,
      unlisted: result.filter((p) => p.listed?.to === false).length,
      price_changes: priceChanges,
      unchanged: parsed.rows.length - result.length,
    },
    changes: result,
  };
}

async function applyPlans(
  tx: Prisma.TransactionClient,
  plans: ImportRowPlan[],
  byGame: Map<number, { id: string }>,
  now: Date,
): Promise<void> {
  const created = plans.filter((p) => p.action === "create");
  const newIds = new Map(created.map((p) => [p.game_id, randomUUID()]));
  if (created.length > 0)
    await tx.listing.createMany({
      data: created.map((p) => ({
        id: newIds.get(p.game_id)!,
        gameId: p.game_id,
        listedAt: now,
        unlistedAt: p.listed?.to === false ? now : null,
      })),
    });
  for (const to of [true, false]) {
    const ids = plans.filter((p) => p.action === "update" && p.listed?.to === to).map((p) => byGame.get(p.game_id)!.id);
    if (ids.length > 0)
      await tx.listing.updateMany({ where: { id: { in: ids } }, data: to ? { unlistedAt: null, listedAt: now } : { unlistedAt: now } });
  }
  const edits: ListingPriceEdit[] = plans.flatMap((p) =>
    Object.entries(p.prices).map(([currency, change]) => ({
      listingId: newIds.get(p.game_id) ?? byGame.get(p.game_id)!.id,
      currency,
      amount: change.to,
    })),
  );
  await setListingPrices(tx, edits, { now });
}

function csvError(code: "invalid_csv" | "price_locked_by_sale", errors: CsvLineError[], count: number): AppError {
  const lines = [...new Set(errors.map((e) => e.line))];
  return new AppError(
    code,
    `${count} ${count === 1 ? "problem" : "problems"} in the CSV (line${lines.length === 1 ? "" : "s"} ${lines.slice(0, 10).join(", ")}${lines.length > 10 ? ", …" : ""}); nothing was imported.`,
    { errors, error_count: count },
  );
}
