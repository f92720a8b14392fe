// Delivers events to the webhook endpoints, as Stripe does (signed POSTs, retried with exponential backoff
// after a non-2xx or a timeout), with test knobs that make delivery misbehave the ways Stripe's can:
// duplicates, reordering, delay, loss.
import { setTimeout as sleep } from "node:timers/promises";

import type Stripe from "stripe";

import type { StripeStandinStats, WebhookKnobs } from "../../types";
import type { EndpointRecord, Store } from "../store";
import { signatureHeader } from "./sign-payload";

export interface DeliveryResult {
  endpoint: string;
  /** HTTP status of the first attempt; 0 for a network error or timeout, -1 when dropped. */
  status: number;
}

export class WebhookDispatcher {
  private readonly held = new Map<string, { events: Stripe.Event[]; timer: NodeJS.Timeout }>();

  constructor(
    private readonly store: Store,
    private readonly stats: StripeStandinStats,
    readonly knobs: WebhookKnobs,
    private readonly closing: AbortSignal,
  ) {}

  subscribers(type: string): EndpointRecord[] {
    return [...this.store.endpoints.values()].filter(
      ({ endpoint }) => endpoint.status === "enabled" && (endpoint.enabled_events.includes("*") || endpoint.enabled_events.includes(type)),
    );
  }

  /** A new event: through the knobs (reorder window, duplicates, delay, drops). */
  dispatch(event: Stripe.Event): void {
    for (const record of this.subscribers(event.type)) {
      if (this.knobs.reorder > 1) this.hold(record, event);
      else void this.fanOut(record, event);
    }
  }

  /** POST /__standin/events/{id}/redeliver: `times` more deliveries to each subscriber, past the knobs. */
  async redeliver(event: Stripe.Event, times: number): Promise<DeliveryResult[]> {
    const runs = this.subscribers(event.type).flatMap((record) => Array.from({ length: times }, () => this.deliver(record, event, false)));
    return Promise.all(runs);
  }

  /** Sends every held reorder window now (newest first). */
  async flush(): Promise<void> {
    await Promise.all([...this.held.keys()].map((id) => this.release(id)));
  }

  cancel(): void {
    for (const { timer } of this.held.values()) clearTimeout(timer);
    this.held.clear();
  }

  private hold(record: EndpointRecord, event: Stripe.Event): void {
    const id = record.endpoint.id;
    let window = this.held.get(id);
    if (!window) {
      window = { events: [], timer: setTimeout(() => void this.release(id), this.knobs.reorderFlushMs) };
      this.held.set(id, window);
    }
    window.events.push(event);
    if (window.events.length >= this.knobs.reorder) void this.release(id);
  }

  private async release(endpointId: string): Promise<void> {
    const window = this.held.get(endpointId);
    const record = this.store.endpoints.get(endpointId);
    if (!window) return;
    clearTimeout(window.timer);
    this.held.delete(endpointId);
    if (!record) return;
    // One after another, newest first, so they also arrive in that order.
    for (const event of window.events.reverse()) await this.fanOut(record, event);
  }

  private async fanOut(record: EndpointRecord, event: Stripe.Event): Promise<void> {
    const copies = Math.max(1, this.knobs.duplicate);
    await Promise.all(Array.from({ length: copies }, () => this.deliver(record, event, true)));
  }

  /** Resolves after the first attempt; retries continue in the background. */
  private async deliver(record: EndpointRecord, event: Stripe.Event, throughKnobs: boolean): Promise<DeliveryResult> {
    const endpoint = record.endpoint.url;
    if (throughKnobs) {
      if (this.knobs.delayMs > 0) await sleep(this.knobs.delayMs, undefined, { signal: this.closing }).catch(() => undefined);
      if (this.knobs.dropFirst > 0 || Math.random() < this.knobs.dropProbability) {
        if (this.knobs.dropFirst > 0) this.knobs.dropFirst--;
        this.stats.deliveries.dropped++;
        this.settled(event);
        return { endpoint, status: -1 };
      }
    }
    const body = JSON.stringify(event, null, 2);
    const status = await this.attempt(record, body);
    if (!ok(status)) void this.retry(record, event, body, 2);
    else this.settled(event);
    return { endpoint, status };
  }

  private async retry(record: EndpointRecord, event: Stripe.Event, body: string, attempt: number): Promise<void> {
    const { baseMs, maxAttempts } = this.knobs.retry;
    if (attempt > maxAttempts || this.closing.aborted) {
      this.stats.deliveries.abandoned++;
      this.settled(event);
      return;
    }
    await sleep(baseMs * 2 ** (attempt - 2), undefined, { signal: this.closing }).catch(() => undefined);
    if (this.closing.aborted) return;
    this.stats.deliveries.retried++;
    const status = await this.attempt(record, body);
    if (ok(status)) this.settled(event);
    else await this.retry(record, event, body, attempt + 1);
  }

  private async attempt(record: EndpointRecord, body: string): Promise<number> {
    this.stats.deliveries.attempted++;
    try {
      const response = await fetch(record.endpoint.url, {
        method: "POST",
        headers: {
          "content-type": "application/json; charset=utf-8",
          "user-agent": "Stripe/1.0 (+https://stripe.com/docs/webhooks)",
          "stripe-signature": signatureHeader(body, [record.secret]),
        },
        body,
        signal: AbortSignal.any([AbortSignal.timeout(this.knobs.retry.timeoutMs), this.closing]),
      });
      await response.arrayBuffer().catch(() => undefined);
      if (ok(response.status)) this.stats.deliveries.succeeded++;
      else this.stats.deliveries.failed++;
      return response.status;
    } catch {
      this.stats.deliveries.failed++;
      return 0;
    }
  }

  /** Stripe's pending_webhooks counts deliveries not yet finished; the stored event reflects it. */
  private settled(event: Stripe.Event): void {
    const stored = this.store.events.get(event.id);
    if (stored && stored.pending_webhooks > 0) stored.pending_webhooks--;
  }
}

function ok(status: number): boolean {
  return status >= 200 && status < 300;
}
