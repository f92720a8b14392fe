// Everything the handlers share: state, live settings, counters, and emit() (record an event, deliver it).
import type Stripe from "stripe";

import type { StripeStandinStats } from "../types";
import type { Clock } from "./clock";
import type { FaultQueue } from "./faults";
import type { IdempotencyStore } from "./idempotency";
import { buildEvent, type EventRequest, type EventType } from "./objects/build-event";
import type { Store } from "./store";
import type { WebhookDispatcher } from "./webhooks/webhook-dispatcher";

export interface StandinSettings {
  latencyMs: number;
  jitterMs: number;
  refundSettleMs: number;
  asyncSettleMs: number;
}

export interface StripeContext {
  secretKey: string;
  /** http://host:port, for the hosted page's URL. */
  origin: string;
  settings: StandinSettings;
  clock: Clock;
  store: Store;
  stats: StripeStandinStats;
  faults: FaultQueue;
  idempotency: IdempotencyStore;
  webhooks: WebhookDispatcher;
  closing: AbortSignal;
  /** Runs `fn` after `ms` unless the stand-in closes or resets first (settling refunds and delayed payments). */
  later(ms: number, fn: () => void): void;
}

export function emit(ctx: StripeContext, type: EventType, object: object, request: EventRequest | null): Stripe.Event {
  const event = buildEvent(
    type,
    object,
    ctx.clock.now(),
    request,
    ctx.webhooks.subscribers(type).length * Math.max(1, ctx.webhooks.knobs.duplicate),
  );
  ctx.store.events.set(event.id, event);
  ctx.stats.events.total++;
  ctx.stats.events.byType[type] = (ctx.stats.events.byType[type] ?? 0) + 1;
  ctx.webhooks.dispatch(event);
  return event;
}
