// /__standin/*: the test-facing control API (no auth, JSON), not part of Stripe. Not counted in stats.
import type { IncomingMessage, ServerResponse } from "node:http";

import { z } from "zod";

import { sendJson } from "../../igdb/server/http-utils";
import { ControlBadRequest, parseWith, readJson } from "../../shared/control-json";
import type { StripeContext } from "./context";
import { paySession, SessionNotPayableError, type PaymentInput } from "./payments/pay-session";
import { expireDueSessions } from "./resources/checkout-sessions";
import { typeMatches } from "./resources/events";

const payBodySchema = z.union([
  z.strictObject({ card: z.string().min(1), name: z.string().optional() }),
  z.strictObject({ iban: z.string().min(1), name: z.string().optional() }),
]);

const knobsSchema = z.strictObject({
  url: z.url().nullable().optional(),
  duplicate: z.number().int().min(1).max(100).optional(),
  reorder: z.number().int().min(0).max(1000).optional(),
  reorderFlushMs: z.number().int().min(0).optional(),
  delayMs: z.number().int().min(0).optional(),
  dropFirst: z.number().int().min(0).optional(),
  dropProbability: z.number().min(0).max(1).optional(),
  retry: z
    .strictObject({ baseMs: z.number().int().min(0), maxAttempts: z.number().int().min(1), timeoutMs: z.number().int().min(1) })
    .partial()
    .optional(),
});

const faultsSchema = z.strictObject({
  faults: z.array(
    z.strictObject({
      kind: z.enum(["500", "429", "reset", "timeout", "latency"]),
      count: z.number().int().min(1).optional(),
      probability: z.number().min(0).max(1).optional(),
      pathPrefix: z.string().startsWith("/").optional(),
      ms: z.number().int().min(0).optional(),
    }),
  ),
});

const settingsSchema = z.strictObject({
  latencyMs: z.number().min(0).optional(),
  jitterMs: z.number().min(0).optional(),
  refundSettleMs: z.number().int().min(0).optional(),
  asyncSettleMs: z.number().int().min(0).optional(),
});

export interface ControlHooks {
  /** Points the default endpoint (the webhookUrl option) somewhere else, or removes it (null). */
  setDefaultWebhookUrl(url: string | null): void;
  reset(): void;
}

export async function handleControl(
  req: IncomingMessage,
  res: ServerResponse,
  url: URL,
  ctx: StripeContext,
  hooks: ControlHooks,
): Promise<void> {
  try {
    await route(req, res, url, ctx, hooks);
  } catch (error) {
    if (error instanceof ControlBadRequest) sendJson(res, error.status, { error: { message: error.message } });
    else throw error;
  }
}

async function route(req: IncomingMessage, res: ServerResponse, url: URL, ctx: StripeContext, hooks: ControlHooks): Promise<void> {
  const path = url.pathname.slice("/__standin".length);
  const key = `${req.method} ${path}`;
  const pay = /^\/checkout\/sessions\/([A-Za-z0-9_]+)\/pay$/.exec(path);
  const redeliver = /^\/events\/([A-Za-z0-9_]+)\/redeliver$/.exec(path);
  if (key === "GET /health") {
    sendJson(res, 200, { ok: true });
  } else if (key === "GET /stats") {
    sendJson(res, 200, ctx.stats);
  } else if (req.method === "POST" && pay) {
    const body = parseWith(payBodySchema, await readJson(req));
    const record = ctx.store.sessions.get(pay[1]!);
    if (!record) throw new ControlBadRequest(`No such checkout.session: '${pay[1]}'`, 404);
    expireDueSessions(ctx);
    const input: PaymentInput =
      "card" in body ? { method: "card", number: body.card, name: body.name } : { method: "sepa_debit", iban: body.iban, name: body.name };
    try {
      sendJson(res, 200, paySession(ctx, record, input, null));
    } catch (error) {
      if (error instanceof SessionNotPayableError) throw new ControlBadRequest(error.message, 409);
      throw error;
    }
  } else if (key === "GET /events") {
    const type = url.searchParams.get("type") ?? undefined;
    const events = [...ctx.store.events.values()].reverse().filter((e) => typeMatches(e.type, type));
    sendJson(res, 200, { data: events });
  } else if (req.method === "POST" && redeliver) {
    const { times } = parseWith(z.strictObject({ times: z.number().int().min(1).max(1000).default(1) }), await readJson(req));
    const event = ctx.store.events.get(redeliver[1]!);
    if (!event) throw new ControlBadRequest(`No such event: '${redeliver[1]}'`, 404);
    sendJson(res, 200, { id: event.id, times, deliveries: await ctx.webhooks.redeliver(event, times) });
  } else if (key === "GET /webhooks/config") {
    sendJson(res, 200, knobsView(ctx));
  } else if (key === "POST /webhooks/config") {
    const { url: target, retry, ...rest } = parseWith(knobsSchema, await readJson(req));
    Object.assign(ctx.webhooks.knobs, definedOnly(rest));
    if (retry) Object.assign(ctx.webhooks.knobs.retry, definedOnly(retry));
    if (target !== undefined) hooks.setDefaultWebhookUrl(target);
    sendJson(res, 200, knobsView(ctx));
  } else if (key === "POST /webhooks/flush") {
    await ctx.webhooks.flush();
    sendJson(res, 200, { flushed: true });
  } else if (key === "GET /faults") {
    sendJson(res, 200, { faults: ctx.faults.list() });
  } else if (key === "POST /faults") {
    ctx.faults.replace(parseWith(faultsSchema, await readJson(req)).faults);
    sendJson(res, 200, { faults: ctx.faults.list() });
  } else if (key === "GET /config") {
    sendJson(res, 200, ctx.settings);
  } else if (key === "POST /config") {
    Object.assign(ctx.settings, definedOnly(parseWith(settingsSchema, await readJson(req))));
    sendJson(res, 200, ctx.settings);
  } else if (key === "POST /clock/advance") {
    const { seconds } = parseWith(z.strictObject({ seconds: z.number().int().min(0) }), await readJson(req));
    ctx.clock.advance(seconds);
    sendJson(res, 200, { now: ctx.clock.now(), expired: expireDueSessions(ctx) });
  } else if (key === "POST /reset") {
    hooks.reset();
    sendJson(res, 200, { reset: true });
  } else {
    sendJson(res, 404, { error: { message: `no control route ${key}` } });
  }
}

function knobsView(ctx: StripeContext) {
  const defaultEndpoint = [...ctx.store.endpoints.values()].find((r) => r.endpoint.metadata.standin_default === "true");
  return { url: defaultEndpoint?.endpoint.url ?? null, ...ctx.webhooks.knobs };
}

function definedOnly<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>;
}
