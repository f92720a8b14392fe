// Which Stripe this process talks to. STRIPE_SECRET_KEY (+ STRIPE_WEBHOOK_SECRET, lib/env.ts refuses one
// without the other): real Stripe, or wherever STRIPE_API_URL points. None of them: zero-config, the local
// stand-in is started on first use and its key and webhook secret are used, so the same official client,
// retries and idempotency keys run everywhere, over the network.
import type Stripe from "stripe";

import { getEnv, selfOrigin, type ServerEnv } from "@/lib/env";
import { logger } from "@/lib/log/logger";
import { dropProcessSingleton, processSingleton } from "@/lib/process-singleton";

import { createStripeClient } from "./create-stripe-client";
import { spawnStripeStandinProcess } from "./stripe-standin-process";

export interface StripeConnection {
  client: Stripe;
  webhookSecret: string;
  mode: "stripe" | "standin";
  /** The stand-in's URL in zero-config mode (its hosted page serves checkout_url). */
  standinUrl: string | null;
  close(): Promise<void>;
}

const KEY = "questlogStripe";

async function connect(): Promise<StripeConnection> {
  const env = getEnv();
  const timeoutMs = env.STRIPE_TIMEOUT_MS;
  if (env.STRIPE_SECRET_KEY && env.STRIPE_WEBHOOK_SECRET) {
    const client = createStripeClient({ secretKey: env.STRIPE_SECRET_KEY, apiUrl: env.STRIPE_API_URL, timeoutMs });
    logger.info({ apiUrl: env.STRIPE_API_URL ?? "https://api.stripe.com" }, "Stripe: using the configured key");
    return { client, webhookSecret: env.STRIPE_WEBHOOK_SECRET, mode: "stripe", standinUrl: null, close: async () => {} };
  }
  const started = performance.now();
  const standin = await spawnStripeStandinProcess({ port: env.STRIPE_STANDIN_PORT, webhookUrl: ownWebhookUrl(env) });
  const client = createStripeClient({ secretKey: standin.secretKey, apiUrl: standin.url, timeoutMs });
  logger.info({ url: standin.url, ms: Math.round(performance.now() - started) }, "Stripe: no STRIPE_SECRET_KEY, local stand-in started");
  return { client, webhookSecret: standin.webhookSecret, mode: "standin", standinUrl: standin.url, close: standin.close };
}

// Stripe delivers to this server's own webhook route, on loopback since the stand-in runs beside it: the port
// `next start` says it listens on, else PORT (never SITE_URL's, which may be a proxy's).
function ownWebhookUrl(env: ServerEnv): string {
  const self = selfOrigin();
  const port = (self && new URL(self).port) || String(env.PORT);
  return `http://127.0.0.1:${port}/api/webhooks/stripe`;
}

/** The process's Stripe connection; the first call connects (and in zero-config mode starts the stand-in). */
export function getStripeConnection(): Promise<StripeConnection> {
  return processSingleton(KEY, () =>
    connect().catch((error: unknown) => {
      dropProcessSingleton(KEY);
      throw error;
    }),
  );
}

/** The official client, configured (see getStripeConnection). */
export async function getStripe(): Promise<Stripe> {
  return (await getStripeConnection()).client;
}

/** Closes the stand-in, if this process started one; the next call connects again (tests, shutdown). */
export async function closeStripeConnection(): Promise<void> {
  const connection = await dropProcessSingleton<Promise<StripeConnection>>(KEY)?.catch(() => null);
  await connection?.close();
}
