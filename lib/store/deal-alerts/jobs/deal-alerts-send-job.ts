import "server-only";

import { z } from "zod";

import { defineJob } from "@/lib/jobs/define-job";
import { getJobSystem } from "@/lib/jobs/get-job-system";
import { logger } from "@/lib/log/logger";

import { sendInstantDealAlerts } from "../send-instant-deal-alerts";

const KEY = "deal-alerts.send";

/**
 * Mails the unsent instant deal alerts (sendInstantDealAlerts). Nudged by the deal-alerts consumer, and every
 * minute as the safety net for a nudge that was folded into a finishing drain, or lost.
 * On the store queue (one at a time per worker), not the email queue, whose rate limit is for the mails.
 */
export const dealAlertsSendJob = defineJob({
  name: KEY,
  queue: "store",
  schema: z.object({}).default({}),
  options: { attempts: 3, backoff: { type: "exponential", delayMs: 2_000 }, repeat: { cron: "* * * * *" }, keepCompleted: 100 },
  dedupeKey: () => KEY,
  async handle(_data, context) {
    // Until none waits, a batch per transaction; on shutdown it stops between batches and the next run goes on.
    const result = await sendInstantDealAlerts({ signal: context.signal });
    if (result.sent + result.dropped > 0) await context.log(`${result.sent} deal alerts queued, ${result.dropped} dropped (alerts off)`);
    return result;
  },
});

/**
 * Asks for a drain soon. The consumer calls it once its transaction committed; a nudge folded into a drain that
 * was already past its last read is covered by the every-minute run. Pending nudges fold into one (the job key).
 * Never throws: the alert is safe in the database either way.
 */
export async function nudgeDealAlertSender(delayMs = 1_000): Promise<void> {
  try {
    await getJobSystem().enqueue(dealAlertsSendJob, {}, { delayMs, dedupeKey: KEY });
  } catch (error) {
    logger.warn({ err: error }, "deal alerts: could not nudge the sender; the every-minute run will send");
  }
}
