import { getDb } from "@/lib/accounts-db/get-db";
import { getJobSystem } from "@/lib/jobs/get-job-system";

import { processStripeEventJob } from "./jobs/process-stripe-event-job";

/** An event recorded this long ago and still unprocessed lost its job (a crash between insert and enqueue, a dead letter). */
const LOST_AFTER_MS = 60_000;

/**
 * Queues the job again for every webhook event recorded over a minute ago and not processed; the job fetches
 * the event from Stripe by id. The dedupe key keeps a job that is merely slow from being doubled.
 */
export async function requeueLostWebhookEvents(now = new Date()): Promise<number> {
  const db = await getDb();
  const lost = await db.webhookEvent.findMany({
    where: { processedAt: null, receivedAt: { lt: new Date(now.getTime() - LOST_AFTER_MS) } },
    orderBy: { receivedAt: "asc" },
    take: 500,
    select: { id: true },
  });
  const jobs = getJobSystem();
  for (const { id } of lost) await jobs.enqueue(processStripeEventJob, { eventId: id }, { dedupeKey: `stripe-event:${id}` });
  return lost.length;
}
