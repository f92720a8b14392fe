// The work behind POST /api/webhooks/stripe: one job per event id (the intake's dedupeKey), run with retries.
// The intake passes the verified event's pointer (type, object id); the lost-job sweep knows only the id and
// fetches the event from Stripe. Either way the handler re-fetches the object itself: a payload is never state.
import { z } from "zod";

import { getDb } from "@/lib/accounts-db/get-db";
import { defineJob } from "@/lib/jobs/define-job";
import { retrieveEvent } from "@/lib/stripe/events";

import { handleStripeEvent } from "../handle-stripe-event";

export const processStripeEventJob = defineJob({
  name: "payments.process-stripe-event",
  queue: "payments",
  schema: z.object({
    eventId: z.string().min(1).max(255),
    /** From the verified delivery; absent when the sweep requeues an event by its id. */
    pointer: z
      .object({ type: z.string(), objectType: z.string(), objectId: z.string().nullable(), paymentIntentId: z.string().nullable() })
      .optional(),
  }),
  dedupeKey: ({ eventId }) => `stripe-event:${eventId}`,
  // A Stripe outage outlasts a few seconds: five tries over about a minute, then the sweep requeues it.
  options: { attempts: 5, backoff: { type: "exponential", delayMs: 1_000 }, keepCompleted: 1_000 },
  async handle({ eventId, pointer }, context) {
    const event = pointer ? { id: eventId, ...pointer } : await retrieveEvent(eventId);
    const outcome = await handleStripeEvent(event);
    await context.log(`${event.type}: ${outcome}`);
    const db = await getDb();
    await db.webhookEvent.updateMany({ where: { id: eventId, processedAt: null }, data: { processedAt: new Date() } });
    return { type: event.type, outcome };
  },
});
