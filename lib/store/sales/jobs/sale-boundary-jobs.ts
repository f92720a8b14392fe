import "server-only";

import { z } from "zod";

import { defineJob } from "@/lib/jobs/define-job";
import { getJobSystem } from "@/lib/jobs/get-job-system";
import type { JobDefinition } from "@/lib/jobs/types";

import { applySaleBoundary, type SaleBoundary } from "../apply-sale-boundary";

/**
 * Longest delay a boundary job is enqueued with. Timers cannot wait past 2^31 ms (24.8 days: Node fires them at
 * once), and a sale may be scheduled months ahead, so a far boundary is reached in hops: the job runs early,
 * finds the sale not due, and enqueues itself again for the rest.
 */
export const MAX_BOUNDARY_DELAY_MS = 20 * 24 * 60 * 60 * 1000;

const saleBoundaryDataSchema = z.object({ saleId: z.string().min(1).max(64), dueAt: z.iso.datetime() });
export type SaleBoundaryJobData = z.infer<typeof saleBoundaryDataSchema>;

function defineSaleBoundaryJob(boundary: SaleBoundary): JobDefinition<SaleBoundaryJobData> {
  const job: JobDefinition<SaleBoundaryJobData> = defineJob({
    name: boundary === "start" ? "store.start-sale" : "store.end-sale",
    queue: "store",
    schema: saleBoundaryDataSchema,
    // The due time is in the key: a hop (below) enqueues from inside the running job, which a key of the sale
    // alone would deduplicate away.
    dedupeKey: ({ saleId, dueAt }) => `sale-${boundary}:${saleId}:${dueAt}`,
    options: { attempts: 5, backoff: { type: "exponential", delayMs: 2_000 }, keepCompleted: 500 },
    async handle({ saleId }, context) {
      const result = await applySaleBoundary(saleId, boundary);
      if (result.outcome === "not_due" && result.dueAt) await enqueueSaleBoundary(job, saleId, result.dueAt);
      await context.log(
        result.outcome === "applied"
          ? `${boundary}: ${result.priceChanges} price changes, ${result.gameIds.length} games`
          : `${boundary}: ${result.outcome}`,
      );
      return result.outcome === "applied" ? { outcome: result.outcome, priceChanges: result.priceChanges } : { outcome: result.outcome };
    },
  });
  return job;
}

/** Enqueues a boundary job to run at `dueAt` (or, past MAX_BOUNDARY_DELAY_MS, a hop towards it). */
export async function enqueueSaleBoundary(job: JobDefinition<SaleBoundaryJobData>, saleId: string, dueAt: Date, now = Date.now()) {
  const delayMs = Math.min(Math.max(0, dueAt.getTime() - now), MAX_BOUNDARY_DELAY_MS);
  const hop = new Date(now + delayMs);
  return getJobSystem().enqueue(
    job,
    { saleId, dueAt: dueAt.toISOString() },
    { delayMs, dedupeKey: `sale:${saleId}:${dueAt.toISOString()}:${hop.getTime()}` },
  );
}

/** Runs at a sale's start: its prices, Sale.startedAt and `sale.started` (apply-sale-boundary.ts). */
export const startSaleJob = defineSaleBoundaryJob("start");
/** Runs at a sale's end: its prices, Sale.endedAt and `sale.ended`. */
export const endSaleJob = defineSaleBoundaryJob("end");
