// Sales for tests: listed games of the test catalog, a sale body the guard-rails accept, events read back.
import { getDb } from "@/lib/accounts-db/get-db";
import type { CreateSaleBody } from "@/lib/store/sales/sale-schemas";
import { catalogGameIds, listGame } from "@/tests/store/support/store-fixtures";

export const HOUR_MS = 3_600_000;
export const DAY_MS = 24 * HOUR_MS;

let offset = 0;
/** `count` catalog games no other call of this file used, listed at the default prices. */
export async function listedGames(count: number): Promise<number[]> {
  const ids = catalogGameIds(count, offset);
  offset += count;
  for (const id of ids) await listGame(id);
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
