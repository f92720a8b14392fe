// /v1/*: what every Stripe request goes through. Order: count, latency, injected faults, authentication, route,
// parameters, idempotency, a `latency` fault's wait, handler. Every answer carries Request-Id, as Stripe's do.
import type { IncomingMessage, ServerResponse } from "node:http";

import { sameSecret } from "@/lib/security/same-secret";

import { delay, header, readBody, sendText } from "../../igdb/server/http-utils";
import { findRoute } from "./api-routes";
import type { StripeContext } from "./context";
import { FormEncodingError, parseForm } from "./form-encoding";
import type { SavedResponse } from "./idempotency";
import { newId } from "./ids";
import { expireDueSessions } from "./resources/checkout-sessions";
import { bump, routeKey } from "./stats";
import { StripeApiError } from "./stripe-error";

export async function handleApi(req: IncomingMessage, res: ServerResponse, url: URL, ctx: StripeContext): Promise<void> {
  const method = req.method ?? "GET";
  const path = url.pathname;
  const requestId = newId("req_");
  ctx.stats.requests++;
  bump(ctx.stats.byRoute, routeKey(method, path));
  const { latencyMs, jitterMs } = ctx.settings;
  await delay(latencyMs + Math.random() * jitterMs, ctx.closing);

  const fault = ctx.faults.take(path);
  // A `latency` fault is slow processing on Stripe's side: it holds the idempotency key while it waits, so a
  // client that times out and retries meets the 409 that Stripe answers for a key still in flight.
  let processingMs = 0;
  if (fault) {
    ctx.stats.faultsInjected++;
    if (fault.kind === "reset") return void req.socket.destroy();
    if (fault.kind === "timeout") return; // never answered: held until the client gives up or close()
    if (fault.kind === "latency") processingMs = fault.ms;
    else return send(res, ctx, injectedError(fault.kind), requestId);
  }

  const idempotencyKey = method === "POST" ? header(req, "idempotency-key") : undefined;
  let claimed = false;
  try {
    authenticate(req, ctx);
    const route = findRoute(method, path);
    if (!route) {
      throw new StripeApiError({
        status: 404,
        type: "invalid_request_error",
        message: `Unrecognized request URL (${method}: ${path}). Please see https://stripe.com/docs or we can help at https://support.stripe.com/.`,
      });
    }
    const params = parseRequestParams(method === "GET" || method === "DELETE" ? url.search.slice(1) : await readBody(req));
    expireDueSessions(ctx);
    if (idempotencyKey) {
      const saved = ctx.idempotency.begin(idempotencyKey, method, path, params);
      if (saved) {
        ctx.stats.idempotentReplays++;
        return sendSaved(res, ctx, { ...saved, requestId }, { "idempotent-replayed": "true", "original-request": saved.requestId });
      }
      claimed = true;
    }
    await delay(processingMs, ctx.closing);
    const body = route.handler(
      { ctx, method, path, params, eventRequest: { id: requestId, idempotency_key: idempotencyKey ?? null } },
      route.ids,
    );
    const saved = { status: 200, body: JSON.stringify(body, null, 2), requestId, headers: {} };
    if (claimed) ctx.idempotency.save(idempotencyKey!, saved);
    sendSaved(res, ctx, saved, idempotencyKey ? { "idempotency-key": idempotencyKey } : {});
  } catch (error) {
    if (!(error instanceof StripeApiError)) {
      if (claimed) ctx.idempotency.release(idempotencyKey!);
      throw error;
    }
    const answer = toSaved(error, requestId);
    // Stripe saves the outcome of a request that started executing (a card decline, a refund refused), but not a
    // parameter validation failure, so a corrected request may reuse the key.
    if (claimed && !error.init.validation) ctx.idempotency.save(idempotencyKey!, answer);
    else if (claimed) ctx.idempotency.release(idempotencyKey!);
    sendSaved(res, ctx, answer, idempotencyKey ? { "idempotency-key": idempotencyKey } : {});
  }
}

function authenticate(req: IncomingMessage, ctx: StripeContext): void {
  const authorization = header(req, "authorization") ?? "";
  // Stripe takes the key as a Bearer token or as the Basic auth user name.
  const basic = /^Basic (.+)$/i.exec(authorization);
  const key = basic ? Buffer.from(basic[1]!, "base64").toString("utf8").split(":")[0] : /^Bearer (.+)$/i.exec(authorization)?.[1];
  if (!key) {
    throw new StripeApiError({
      status: 401,
      type: "invalid_request_error",
      message:
        "You did not provide an API key. You need to provide your API key in the Authorization header, using Bearer auth (e.g. 'Authorization: Bearer YOUR_SECRET_KEY'). See https://stripe.com/docs/api#authentication for details, or we can help at https://support.stripe.com/.",
    });
  }
  if (!sameSecret(key, ctx.secretKey)) {
    const shown = key.length > 12 ? `${key.slice(0, 8)}${"*".repeat(Math.max(0, key.length - 12))}${key.slice(-4)}` : "***";
    throw new StripeApiError({
      status: 401,
      type: "invalid_request_error",
      code: "api_key_invalid",
      message: `Invalid API Key provided: ${shown}`,
    });
  }
}

function parseRequestParams(text: string) {
  try {
    return parseForm(text);
  } catch (error) {
    if (error instanceof FormEncodingError) {
      throw new StripeApiError({
        status: 400,
        type: "invalid_request_error",
        message: error.message,
        param: error.param,
        validation: true,
      });
    }
    throw error;
  }
}

function injectedError(kind: "500" | "429"): StripeApiError {
  // The fault strikes before the request runs, so a retry is safe and the client is told so (it retries a 429 only
  // when Stripe-Should-Retry says true, as Stripe does for lock timeouts).
  return kind === "500"
    ? new StripeApiError({
        status: 500,
        type: "api_error",
        message: "An unknown error occurred (injected by the stand-in).",
        headers: { "stripe-should-retry": "true" },
      })
    : new StripeApiError({
        status: 429,
        type: "invalid_request_error",
        code: "rate_limit",
        message: "Request rate limit exceeded. Learn more about rate limits here https://stripe.com/docs/rate-limits.",
        headers: { "stripe-should-retry": "true" },
      });
}

function toSaved(error: StripeApiError, requestId: string): SavedResponse {
  return { status: error.init.status, body: JSON.stringify(error.body(requestId), null, 2), requestId, headers: error.init.headers ?? {} };
}

function send(res: ServerResponse, ctx: StripeContext, error: StripeApiError, requestId: string): void {
  sendSaved(res, ctx, toSaved(error, requestId), {});
}

function sendSaved(res: ServerResponse, ctx: StripeContext, saved: SavedResponse, extra: Record<string, string>): void {
  bump(ctx.stats.byStatus, String(saved.status));
  const version = header(res.req, "stripe-version");
  sendText(res, saved.status, saved.body, {
    "request-id": saved.requestId,
    ...(version ? { "stripe-version": version } : {}),
    ...saved.headers,
    ...extra,
  });
}
