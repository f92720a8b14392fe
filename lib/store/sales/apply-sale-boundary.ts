import "server-only";

import type { Prisma } from "@/generated/prisma/client";
import { getDb } from "@/lib/accounts-db/get-db";
import { nudgeRelay } from "@/lib/events/nudge-relay";
import { appendOutboxEvents } from "@/lib/events/outbox/append-outbox-events";
import type { StoreEventPayload } from "@/lib/events/store-events";
import { revalidateStorePages } from "@/lib/store/listings/revalidate-store-pages";
import { forgetStorePrices } from "@/lib/store/pricing/list-store-prices";
import { recordPriceChanges } from "@/lib/store/pricing/record-price-changes";

export type SaleBoundary = "start" | "end";

export type SaleBoundaryOutcome =
  { outcome: "applied"; priceChanges: number; gameIds: number[] } | { outcome: "already_applied" | "not_due" | "no_sale"; dueAt?: Date };

interface LockedSale {
  id: string;
  name: string;
  percent: number;
  startsAt: Date;
  endsAt: Date;
  startedAt: Date | null;
  endedAt: Date | null;
}

/**
 * Starts or ends a sale: records the price changes it makes (each with its `price.changed` event), stamps
 * Sale.startedAt / endedAt, and appends `sale.started` / `sale.ended`, all in one transaction; then nudges the
 * relay and revalidates the sale's game pages. The start and end jobs call it at the sale's times, and the sweep
 * for any whose job was lost.
 *
 * Idempotent: the sale row is locked and the stamp checked, so a second run (a retried job, the sweep racing the
 * job, two workers) finds it applied and does nothing. An end whose start never ran applies the start first, so
 * consumers always see `sale.started` before `sale.ended`. Early (a clock ahead of the database's), it does
 * nothing and says when it is due.
 *
 * @example
 * await applySaleBoundary(saleId, "start");
 */
export async function applySaleBoundary(saleId: string, boundary: SaleBoundary, { now = new Date() } = {}): Promise<SaleBoundaryOutcome> {
  const db = await getDb();
  const result = await db.$transaction(
    async (tx): Promise<SaleBoundaryOutcome> => {
      const [sale] = await tx.$queryRaw<LockedSale[]>`
        SELECT id, name, percent, "startsAt", "endsAt", "startedAt", "endedAt" FROM "Sale" WHERE id = ${saleId} FOR UPDATE`;
      if (!sale) return { outcome: "no_sale" };
      const dueAt = boundary === "start" ? sale.startsAt : sale.endsAt;
      if (now < dueAt) return { outcome: "not_due", dueAt };
      if (boundary === "start" ? sale.startedAt !== null : sale.endedAt !== null) return { outcome: "already_applied" };

      const items = await tx.saleItem.findMany({ where: { saleId }, select: { listingId: true, listing: { select: { gameId: true } } } });
      const listingIds = items.map((item) => item.listingId);
      const gameIds = items.map((item) => item.listing.gameId).sort((a, b) => a - b);
      // The rows are dated at the sale's own boundaries (the recorder replays them), whenever this runs.
      const { inserted } = listingIds.length > 0 ? await recordPriceChanges({ now, listingIds, db: tx }) : { inserted: 0 };
      if (sale.startedAt === null) await stamp(tx, sale, "start", now, gameIds);
      if (boundary === "end") await stamp(tx, sale, "end", now, gameIds);
      return { outcome: "applied", priceChanges: inserted, gameIds };
    },
    { timeout: 120_000, maxWait: 30_000 },
  );
  if (result.outcome === "applied") {
    nudgeRelay();
    forgetStorePrices();
    revalidateStorePages(result.gameIds);
  }
  return result;
}

async function stamp(tx: Prisma.TransactionClient, sale: LockedSale, boundary: SaleBoundary, now: Date, gameIds: number[]): Promise<void> {
  if (boundary === "start") await tx.sale.update({ where: { id: sale.id }, data: { startedAt: now } });
  else await tx.sale.update({ where: { id: sale.id }, data: { endedAt: now } });
  const payload: StoreEventPayload<"sale.started"> = {
    sale_id: sale.id,
    name: sale.name,
    percent: Number(sale.percent),
    starts_at: new Date(sale.startsAt).toISOString(),
    ends_at: new Date(sale.endsAt).toISOString(),
    game_ids: gameIds,
  };
  await appendOutboxEvents(tx, boundary === "start" ? "sale.started" : "sale.ended", [{ aggregateId: sale.id, payload }]);
}
