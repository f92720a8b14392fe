import "server-only";

import { z } from "zod";

import { defineJob } from "@/lib/jobs/define-job";

import { recordPriceChanges } from "../record-price-changes";

const WATERMARK_MARGIN_MS = 5 * 60 * 1000;
let lastRun: Date | undefined;

/**
 * Every minute: records in the price history every effective price that changed since the last run (a sale
 * starting or ending needs no admin action to be recorded). Idempotent, so a retry or two workers at once
 * write each change once.
 */
export const recordPriceChangesJob = defineJob({
  name: "store.record-price-changes",
  queue: "store",
  schema: z.object({}).default({}),
  options: { attempts: 3, backoff: { type: "exponential", delayMs: 2_000 }, repeat: { cron: "* * * * *" }, keepCompleted: 100 },
  dedupeKey: () => "store.record-price-changes",
  async handle(_data, context) {
    const startedAt = new Date();
    // After this process's first full scan, only what changed since the previous run (less a margin for clock
    // skew between instances and the database); another instance's own watermark covers what it saw.
    const since = lastRun === undefined ? undefined : new Date(lastRun.getTime() - WATERMARK_MARGIN_MS);
    const result = await recordPriceChanges({ now: startedAt, since });
    lastRun = startedAt;
    if (result.inserted > 0) await context.log(`${result.inserted} price changes recorded (${result.stale} listing prices looked at)`);
    return result;
  },
});
