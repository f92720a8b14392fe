// The official client (stripe 23.x), with every option that matters set explicitly rather than left to the
// package's defaults: the README and the code disagree on the default retries, and an unset timeout is 80 s.
import Stripe from "stripe";

/** The API version this code was written against (stripe 23.2.0's own); events and objects are read as it shapes them. */
export const STRIPE_API_VERSION = "2026-11-18.endive";

export interface StripeClientOptions {
  secretKey: string;
  /** Unset: api.stripe.com over HTTPS. Else a stand-in's http://host:port (or any Stripe-compatible URL). */
  apiUrl?: string;
  timeoutMs: number;
  /** Retries of connection errors, 409, 429 and 5xx, each with the same idempotency key (so never a second charge). */
  maxNetworkRetries?: number;
}

export function createStripeClient({ secretKey, apiUrl, timeoutMs, maxNetworkRetries = 2 }: StripeClientOptions): Stripe {
  const target = apiUrl ? new URL(apiUrl) : null;
  const protocol = target?.protocol === "http:" ? "http" : "https";
  return new Stripe(secretKey, {
    apiVersion: STRIPE_API_VERSION,
    maxNetworkRetries,
    timeout: timeoutMs,
    telemetry: false,
    ...(target ? { host: target.hostname, port: Number(target.port || (protocol === "http" ? 80 : 443)), protocol } : {}),
  });
}
