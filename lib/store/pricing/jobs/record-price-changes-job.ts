import "server-only";

import { z } from "zod";

import { defineJob } from "@/lib/jobs/define-job";

import { recordPriceChanges } from "../record-price-changes";

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
    const result = await recordPriceChanges();
    if (result.inserted > 0) await context.log(`${result.inserted} price changes recorded (${result.stale} listing prices looked at)`);
    return result;
  },
});
