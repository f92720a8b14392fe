// The webhook intake: verify, record, enqueue, answer. Nothing slow happens before the 200 (Stripe wants a fast
// answer and retries otherwise); the work runs in processStripeEventJob. The WebhookEvent primary key makes a
// redelivered event a no-op here, and the job's dedupe key covers two deliveries racing to insert.
import { getDb } from "@/lib/accounts-db/get-db";
import { AppError } from "@/lib/errors/app-error";
import { getJobSystem } from "@/lib/jobs/get-job-system";
import { logger } from "@/lib/log/logger";
import { getStripeConnection } from "@/lib/stripe/get-stripe";
import { verifyWebhookEvent, WebhookSignatureError } from "@/lib/stripe/verify-webhook-event";

import { isHandledEventType } from "./handle-stripe-event";
import { processStripeEventJob } from "./jobs/process-stripe-event-job";

// Event ids this process has already recorded (committed), newest last: a redelivery storm is answered from
// memory instead of queueing a thousand conflicting INSERTs on the pool. Bounded; the table stays the authority
// (another instance, or an id evicted from here, still meets the primary key).
const RECENT_LIMIT = 10_000;
const recent = new Set<string>();

function remember(eventId: string): void {
  recent.add(eventId);
  if (recent.size > RECENT_LIMIT) recent.delete(recent.values().next().value!);
}

export interface WebhookReceipt {
  received: true;
  duplicate: boolean;
  ignored: boolean;
}

export async function receiveStripeWebhook(rawBody: string, signature: string | null): Promise<WebhookReceipt> {
  const { webhookSecret } = await getStripeConnection();
  let event;
  try {
    event = verifyWebhookEvent(rawBody, signature, webhookSecret);
  } catch (error) {
    if (error instanceof WebhookSignatureError) throw new AppError("invalid_signature", `Webhook signature refused: ${error.message}`);
    throw error;
  }
  if (!isHandledEventType(event.type)) {
    logger.debug({ eventId: event.id, type: event.type }, "Stripe event type not handled; acknowledged");
    return { received: true, duplicate: false, ignored: true };
  }
  if (recent.has(event.id)) return { received: true, duplicate: true, ignored: false };
  const db = await getDb();
  const { count } = await db.webhookEvent.createMany({ data: [{ id: event.id, type: event.type }], skipDuplicates: true });
  if (count === 0) {
    remember(event.id);
    return { received: true, duplicate: true, ignored: false };
  }
  const { type, objectType, objectId, paymentIntentId } = event;
  const pointer = { type, objectType, objectId, paymentIntentId };
  await getJobSystem().enqueue(processStripeEventJob, { eventId: event.id, pointer }, { dedupeKey: `stripe-event:${event.id}` });
  // Only once the job is queued: a crash before this leaves the row for the lost-job sweep, not a forgotten event.
  remember(event.id);
  return { received: true, duplicate: false, ignored: false };
}
