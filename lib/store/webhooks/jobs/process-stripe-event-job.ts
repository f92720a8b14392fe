// The work behind POST /api/webhooks/stripe: one job per event id (the intake's dedupeKey), run with retries.
// It re-fetches the event from Stripe (the lost-job sweep knows only the id, and a payload is never trusted),
// handles it, then marks the WebhookEvent row processed.
import { z } from "zod";

import { getDb } from "@/lib/accounts-db/get-db";
import { defineJob } from "@/lib/jobs/define-job";
import { retrieveEvent } from "@/lib/stripe/events";

import { handleStripeEvent } from "../handle-stripe-event";

export const processStripeEventJob = defineJob({
  name: "payments.process-stripe-event",
  queue: "payments",
  schema: z.object({ eventId: z.string().min(1).max(255) }),
  dedupeKey: ({ eventId }) => `stripe-event:${eventId}`,
  // A Stripe outage outlasts a few seconds: five tries over about a minute, then the sweep requeues it.
  options: { attempts: 5, backoff: { type: "exponential", delayMs: 1_000 }, keepCompleted: 1_000 },
  async handle({ eventId }, context) {
    const event = await retrieveEvent(eventId);
    const outcome = await handleStripeEvent(event);
    await context.log(`${event.type}: ${outcome}`);
    const db = await getDb();
    await db.webhookEvent.updateMany({ where: { id: eventId, processedAt: null }, data: { processedAt: new Date() } });
    return { type: event.type, outcome };
  },
});
