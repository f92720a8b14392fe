// Starts the local Stripe stand-in: a plain node:http server speaking Stripe's wire protocol for Checkout,
// PaymentIntents, Refunds, Events and webhook endpoints, with a hosted payment page and signed webhook
// delivery. Used by tests, `npm run stripe:standin` and the zero-config server, so it must not import
// "server-only" or anything from Next.
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";

import { BodyTooLargeError, sendJson } from "../igdb/server/http-utils";
import { listen } from "../shared/listen";
import { DEFAULT_ASYNC_SETTLE_MS, DEFAULT_REFUND_SETTLE_MS, DEFAULT_SECRET_KEY, DEFAULT_WEBHOOK_RETRY, EXPIRY_SWEEP_MS } from "./constants";
import { Clock } from "./server/clock";
import type { StripeContext } from "./server/context";
import { handleControl } from "./server/control-api";
import { FaultQueue } from "./server/faults";
import { handleApi } from "./server/handle-api";
import { handleHostedPage } from "./server/hosted-page/handle-hosted-page";
import { IdempotencyStore } from "./server/idempotency";
import { newId } from "./server/ids";
import { expireDueSessions } from "./server/resources/checkout-sessions";
import { addEndpoint } from "./server/resources/webhook-endpoints";
import { emptyStats } from "./server/stats";
import { Store } from "./server/store";
import { WebhookDispatcher } from "./server/webhooks/webhook-dispatcher";
import type { StripeFault, StripeStandinStats, WebhookKnobs } from "./types";

export interface StripeStandinOptions {
  /** Default "127.0.0.1". */
  host?: string;
  /** Default 0 (any free port). */
  port?: number;
  /** The only key accepted; default "sk_test_questlog_standin". Any other key gets Stripe's 401. */
  secretKey?: string;
  /** Signing secret of the webhookUrl endpoint; default a random whsec_…. */
  webhookSecret?: string;
  /** Where to deliver every event (an endpoint subscribed to "*"); endpoints can also be added over the API. */
  webhookUrl?: string;
  /** Wait before answering each /v1 request (plus a random 0..jitterMs); default 0. */
  latencyMs?: number;
  jitterMs?: number;
  /** Refunds are created `pending` and settle after this; default 200 ms. */
  refundSettleMs?: number;
  /** A delayed (SEPA) payment settles after this; default 500 ms. */
  asyncSettleMs?: number;
  /** Webhook delivery knobs (see README); any subset. */
  webhooks?: Partial<Omit<WebhookKnobs, "retry">> & { retry?: Partial<WebhookKnobs["retry"]> };
  /** API faults active from the start. */
  faults?: StripeFault[];
}

export interface StripeStandin {
  /** http://host:port, what STRIPE_API_URL is set to. */
  url: string;
  host: string;
  port: number;
  secretKey: string;
  webhookSecret: string;
  /** The same object as GET /__standin/stats. */
  stats(): StripeStandinStats;
  /** Stops the server, the timers and the deliveries in flight. */
  close(): Promise<void>;
}

function initialKnobs(options: StripeStandinOptions): WebhookKnobs {
  const { retry, ...rest } = options.webhooks ?? {};
  return {
    duplicate: 1,
    reorder: 0,
    reorderFlushMs: 1_000,
    delayMs: 0,
    dropFirst: 0,
    dropProbability: 0,
    ...rest,
    retry: { ...DEFAULT_WEBHOOK_RETRY, ...retry },
  };
}

/**
 * @example
 * const stripeStandin = await startStripeStandin({ webhookUrl: "http://127.0.0.1:3000/api/webhooks/stripe" });
 * const stripe = new Stripe(stripeStandin.secretKey, { host: "127.0.0.1", port: stripeStandin.port, protocol: "http" });
 * await stripeStandin.close();
 */
export async function startStripeStandin(options: StripeStandinOptions = {}): Promise<StripeStandin> {
  const host = options.host ?? "127.0.0.1";
  const secretKey = options.secretKey ?? DEFAULT_SECRET_KEY;
  const webhookSecret = options.webhookSecret ?? newId("whsec_");
  let closing = new AbortController();
  const timers = new Set<NodeJS.Timeout>();
  const store = new Store();
  const stats = emptyStats();
  const settings = {
    latencyMs: options.latencyMs ?? 0,
    jitterMs: options.jitterMs ?? 0,
    refundSettleMs: options.refundSettleMs ?? DEFAULT_REFUND_SETTLE_MS,
    asyncSettleMs: options.asyncSettleMs ?? DEFAULT_ASYNC_SETTLE_MS,
  };
  const ctx: StripeContext = {
    secretKey,
    origin: "",
    settings,
    clock: new Clock(),
    store,
    stats,
    faults: new FaultQueue(),
    idempotency: new IdempotencyStore(),
    webhooks: new WebhookDispatcher(store, stats, initialKnobs(options), closing.signal),
    closing: closing.signal,
    later(ms, fn) {
      const timer = setTimeout(() => {
        timers.delete(timer);
        fn();
      }, ms);
      timers.add(timer);
    },
  };
  ctx.faults.replace(options.faults ?? []);

  const setDefaultWebhookUrl = (url: string | null) => {
    for (const [id, record] of store.endpoints) if (record.endpoint.metadata.standin_default === "true") store.endpoints.delete(id);
    if (url) addEndpoint(ctx, url, ["*"], webhookSecret, "stand-in default endpoint").metadata.standin_default = "true";
  };
  const reset = () => {
    for (const timer of timers) clearTimeout(timer);
    timers.clear();
    ctx.webhooks.cancel();
    closing.abort(); // ends deliveries and retries in flight
    closing = new AbortController();
    ctx.closing = closing.signal;
    ctx.webhooks = new WebhookDispatcher(store, stats, initialKnobs(options), closing.signal);
    const url =
      [...store.endpoints.values()].find((r) => r.endpoint.metadata.standin_default === "true")?.endpoint.url ?? options.webhookUrl;
    store.clear();
    ctx.idempotency.clear();
    ctx.clock.reset();
    ctx.faults.replace([]);
    Object.assign(stats, emptyStats());
    setDefaultWebhookUrl(url ?? null);
  };
  setDefaultWebhookUrl(options.webhookUrl ?? null);

  const server = createServer((req, res) => {
    dispatch(req, res, ctx, { setDefaultWebhookUrl, reset }).catch((error: unknown) => {
      if (error instanceof BodyTooLargeError) sendJson(res, 413, { error: { type: "invalid_request_error", message: error.message } });
      else if (!res.headersSent) sendJson(res, 500, { error: { type: "api_error", message: `stand-in failure: ${String(error)}` } });
      else res.destroy();
    });
  });
  const { url, port } = await listen(server, options.port ?? 0, host);
  ctx.origin = url;
  const sweep = setInterval(() => expireDueSessions(ctx), EXPIRY_SWEEP_MS);
  sweep.unref();

  let closed: Promise<void> | undefined;
  return {
    url,
    host,
    port,
    secretKey,
    webhookSecret,
    stats: () => structuredClone(stats),
    close: () => {
      closed ??= new Promise<void>((resolve) => {
        clearInterval(sweep);
        for (const timer of timers) clearTimeout(timer);
        ctx.webhooks.cancel();
        closing.abort();
        server.close(() => resolve());
        server.closeAllConnections();
      });
      return closed;
    },
  };
}

async function dispatch(
  req: IncomingMessage,
  res: ServerResponse,
  ctx: StripeContext,
  hooks: Parameters<typeof handleControl>[4],
): Promise<void> {
  const url = new URL(req.url ?? "/", "http://standin.local");
  const path = url.pathname;
  const hosted = /^\/c\/pay\/([A-Za-z0-9_]+)$/.exec(path);
  if (path.startsWith("/v1/") || path === "/v1") await handleApi(req, res, url, ctx);
  else if (hosted) await handleHostedPage(req, res, hosted[1]!, ctx);
  else if (path.startsWith("/__standin/")) await handleControl(req, res, url, ctx, hooks);
  else {
    sendJson(res, 404, {
      error: {
        message: `Unrecognized request URL (${req.method}: ${path}). Please see https://stripe.com/docs or we can help at https://support.stripe.com/.`,
        type: "invalid_request_error",
      },
    });
  }
}
