import "server-only";

import { z } from "zod";

import { defineJob } from "@/lib/jobs/define-job";

import { sweepGuestCarts } from "./sweep-guest-carts";

/** Daily: abandoned guest carts (untouched for 30 days) are deleted. Idempotent, so a retry or a missed day is harmless. */
export const guestCartSweepJob = defineJob({
  name: "store.guest-cart-sweep",
  queue: "store",
  schema: z.object({}).default({}),
  options: { attempts: 3, backoff: { type: "exponential", delayMs: 10_000 }, repeat: { cron: "17 4 * * *" }, keepCompleted: 30 },
  dedupeKey: () => "store.guest-cart-sweep",
  async handle(_data, context) {
    const deleted = await sweepGuestCarts();
    await context.log(`${deleted} guest carts swept`);
    return { deleted };
  },
});
