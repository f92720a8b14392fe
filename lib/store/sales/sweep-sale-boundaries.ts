import "server-only";

import { getDb } from "@/lib/accounts-db/get-db";

import { applySaleBoundary } from "./apply-sale-boundary";

const BATCH = 100;

/**
 * Applies every sale start and end that is due and not yet applied: those whose job was lost (Redis flushed, a
 * crash between commit and enqueue, an in-process job in a process that stopped). Reads the partial indexes
 * Sale_unstarted_idx and Sale_unended_idx, so it is cheap when nothing is pending. Starts before ends, oldest
 * first; applySaleBoundary is idempotent, so racing the job itself is harmless.
 */
export async function sweepSaleBoundaries({ now = new Date() } = {}): Promise<{ started: number; ended: number }> {
  const db = await getDb();
  const unstarted = await db.sale.findMany({
    where: { startedAt: null, startsAt: { lte: now } },
    orderBy: { startsAt: "asc" },
    take: BATCH,
    select: { id: true },
  });
  const unended = await db.sale.findMany({
    where: { endedAt: null, endsAt: { lte: now } },
    orderBy: { endsAt: "asc" },
    take: BATCH,
    select: { id: true },
  });
  let started = 0;
  let ended = 0;
  for (const { id } of unstarted) if ((await applySaleBoundary(id, "start", { now })).outcome === "applied") started++;
  for (const { id } of unended) if ((await applySaleBoundary(id, "end", { now })).outcome === "applied") ended++;
  return { started, ended };
}
