// Public types of the Stripe stand-in: options, the live knobs, injected faults, and GET /__standin/stats.

export interface WebhookKnobs {
  /** Deliver every event this many times, concurrently (default 1). */
  duplicate: number;
  /** Hold this many events per endpoint, then deliver them newest first (0 = off). */
  reorder: number;
  /** A held reorder window is flushed after this long even when not full. */
  reorderFlushMs: number;
  /** Wait before the first attempt of each delivery. */
  delayMs: number;
  /** Drop (never send) the next N deliveries. */
  dropFirst: number;
  /** Drop each delivery with this probability (0..1). */
  dropProbability: number;
  /** Retries after a non-2xx answer or a timeout: baseMs × 2^(attempt-1), up to maxAttempts attempts in all. */
  retry: { baseMs: number; maxAttempts: number; timeoutMs: number };
}

export type StripeFaultKind = "500" | "429" | "reset" | "timeout" | "latency";

/**
 * One injected API failure, tried in list order before authentication. `count` defaults to 1, or to
 * unlimited when `probability` is set. `pathPrefix` ("/v1/checkout/sessions") narrows it.
 */
export interface StripeFault {
  kind: StripeFaultKind;
  count?: number;
  probability?: number;
  pathPrefix?: string;
  /** For `latency`: how long to wait before handling the request normally. */
  ms?: number;
}

export interface StripeStandinStats {
  /** /v1 requests of every outcome. */
  requests: number;
  /** "POST /v1/checkout/sessions", "GET /v1/checkout/sessions/:id" … → count. */
  byRoute: Record<string, number>;
  /** HTTP status → count, for /v1 requests that were answered. */
  byStatus: Record<string, number>;
  idempotentReplays: number;
  faultsInjected: number;
  objects: { checkoutSessions: number; paymentIntents: number; refunds: number; webhookEndpoints: number };
  events: { total: number; byType: Record<string, number> };
  deliveries: { attempted: number; succeeded: number; failed: number; dropped: number; retried: number; abandoned: number };
}
