// Counters behind GET /__standin/stats.
import type { StripeStandinStats } from "../types";

export function emptyStats(): StripeStandinStats {
  return {
    requests: 0,
    byRoute: {},
    byStatus: {},
    idempotentReplays: 0,
    faultsInjected: 0,
    objects: { checkoutSessions: 0, paymentIntents: 0, refunds: 0, webhookEndpoints: 0 },
    events: { total: 0, byType: {} },
    deliveries: { attempted: 0, succeeded: 0, failed: 0, dropped: 0, retried: 0, abandoned: 0 },
  };
}

export function bump(counts: Record<string, number>, key: string): void {
  counts[key] = (counts[key] ?? 0) + 1;
}

/** "/v1/checkout/sessions/cs_test_abc/expire" → "/v1/checkout/sessions/:id/expire". */
export function routeKey(method: string, path: string): string {
  return `${method} ${path.replace(/\/(cs_test|pi|ch|re|evt|we)_[A-Za-z0-9]+/g, "/:id")}`;
}
