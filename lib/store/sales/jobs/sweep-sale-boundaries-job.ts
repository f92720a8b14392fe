import "server-only";

import { z } from "zod";

import { defineJob } from "@/lib/jobs/define-job";

import { sweepSaleBoundaries } from "../sweep-sale-boundaries";

/** Every minute: sale starts and ends whose job was lost are applied (sweep-sale-boundaries.ts). */
export const sweepSaleBoundariesJob = defineJob({
  name: "store.sweep-sale-boundaries",
  queue: "store",
  schema: z.object({}).default({}),
  options: { attempts: 1, repeat: { cron: "* * * * *" }, keepCompleted: 100 },
  dedupeKey: () => "store.sweep-sale-boundaries",
  async handle(_data, context) {
    const result = await sweepSaleBoundaries();
    if (result.started + result.ended > 0) await context.log(`${result.started} sales started, ${result.ended} ended late`);
    return result;
  },
});
