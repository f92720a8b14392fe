// An event as Stripe records it: a snapshot of the object at the time, and the API request that caused it
// (null for things that happened by themselves: an expiry, a delayed payment settling).
import type Stripe from "stripe";

import { STRIPE_API_VERSION } from "../../constants";
import { newId } from "../ids";

export type EventType = Stripe.Event.Type;

export interface EventRequest {
  id: string | null;
  idempotency_key: string | null;
}

export function buildEvent(
  type: EventType,
  object: object,
  now: number,
  request: EventRequest | null,
  pendingWebhooks: number,
): Stripe.Event {
  return {
    id: newId("evt_"),
    object: "event",
    api_version: STRIPE_API_VERSION,
    created: now,
    data: { object: structuredClone(object) as Stripe.Event.Data.Object },
    livemode: false,
    pending_webhooks: pendingWebhooks,
    request: request ?? { id: null, idempotency_key: null },
    type,
  } as Stripe.Event;
}
