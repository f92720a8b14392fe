import "server-only";

import { z } from "zod";

import { defineJob } from "@/lib/jobs/define-job";

import { sendDealAlertDigests } from "../send-deal-alert-digests";

/** Daily at 16:00 UTC (morning in the Americas, evening in Europe): each daily-mode player's digest of the day's drops. */
export const dealAlertsDigestJob = defineJob({
  name: "deal-alerts.digest",
  queue: "store",
  schema: z.object({}).default({}),
  options: {
    attempts: 3,
    backoff: { type: "exponential", delayMs: 60_000 },
    repeat: { cron: "0 16 * * *", timezone: "UTC" },
    keepCompleted: 30,
  },
  dedupeKey: () => "deal-alerts.digest",
  async handle(_data, context) {
    const result = await sendDealAlertDigests({ signal: context.signal });
    await context.log(`${result.digests} digests of ${result.alerts} alerts queued, ${result.dropped} dropped (alerts off)`);
    return result;
  },
});
