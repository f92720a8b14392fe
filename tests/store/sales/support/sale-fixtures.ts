// Sales for tests: listed games of the test catalog, a sale body the guard-rails accept, events read back.
import { getDb } from "@/lib/accounts-db/get-db";
import { recordPriceChanges } from "@/lib/store/pricing/record-price-changes";
import type { CreateSaleBody } from "@/lib/store/sales/sale-schemas";
import { catalogGameIds, listGame } from "@/tests/store/support/store-fixtures";

export const HOUR_MS = 3_600_000;
export const DAY_MS = 24 * HOUR_MS;

let offset = 0;
/**
 * `count` catalog games no other call of this file used, listed at the default prices since `since` (90 days
 * ago by default), with that first price in the history, as the demo store has it.
 */
export async function listedGames(count: number, { since = new Date(Date.now() - 90 * DAY_MS) } = {}): Promise<number[]> {
  const ids = catalogGameIds(count, offset);
  offset += count;
  const listingIds: string[] = [];
  for (const id of ids) listingIds.push(await listGame(id));
  const db = await getDb();
  await db.listing.updateMany({ where: { id: { in: listingIds } }, data: { listedAt: since } });
  await db.listingPrice.updateMany({ where: { listingId: { in: listingIds } }, data: { updatedAt: since } });
  await recordPriceChanges({ now: since, listingIds });
  return ids;
}

/** A sale the guard-rails accept: starts in an hour, lasts 3 days, 40 % off. */
export function saleBody(gameIds: number[], overrides: Partial<CreateSaleBody> = {}, now = Date.now()): CreateSaleBody {
  return {
    name: "Test sale",
    percent: 40,
    starts_at: new Date(now + HOUR_MS),
    ends_at: new Date(now + HOUR_MS + 3 * DAY_MS),
    game_ids: gameIds,
    ...overrides,
  };
}

/** Outbox events of a type, oldest first. */
export async function outboxEvents(type: string, where: { aggregateId?: string } = {}) {
  const db = await getDb();
  return db.outboxEvent.findMany({ where: { type, ...where }, orderBy: [{ createdAt: "asc" }, { id: "asc" }] });
}
