// POST /v4/{endpoint}, /v4/{endpoint}/count and /v4/multiquery: authenticate, rate-limit (at arrival),
// wait the configured latency, apply a fault if one is queued, then run the Apicalypse query.
import type { IncomingMessage, ServerResponse } from "node:http";

import { ApicalypseError } from "../apicalypse/apicalypse-error";
import { runMultiquery } from "../apicalypse/run-multiquery";
import { runQuery } from "../apicalypse/run-query";
import { answerFault } from "./answer-fault";
import { delay, header, readBody, sendJson } from "./http-utils";
import type { StandinContext } from "./standin-context";

const UNAUTHORIZED = {
  message:
    'Authorization Failure. Have you tried:\n - Removing the "Bearer " string in the Authorization header\n' +
    " - Checking that the client ID and token are correct",
};

interface Answer {
  status: number;
  text: string;
  headers: Record<string, string>;
}

export async function handleApi(req: IncomingMessage, res: ServerResponse, path: string, ctx: StandinContext): Promise<void> {
  const arrived = performance.now();
  const at = new Date().toISOString();
  const endpoint = path.replace(/^\/+|\/+$/g, "");
  ctx.stats.arrive(endpoint, arrived);
  let body = "";
  res.on("close", () => {
    const status = res.headersSent ? res.statusCode : 0;
    ctx.stats.record({ at, endpoint, body, status, ms: Math.round(performance.now() - arrived) });
  });

  const clientId = header(req, "client-id");
  const token = /^Bearer\s+(\S+)$/i.exec(header(req, "authorization") ?? "")?.[1];
  if (!clientId || ctx.tokens.secondsLeft(clientId, token) === undefined) {
    ctx.stats.unauthorized();
    body = await readBody(req);
    sendJson(res, 401, UNAUTHORIZED);
    return;
  }
  if (ctx.limiter.tryAcquire(clientId, ctx.config.rateLimit, arrived) !== "ok") {
    ctx.stats.rejected();
    body = await readBody(req);
    sendJson(res, 429, { message: "Too Many Requests" });
    return;
  }
  ctx.stats.opened();
  res.on("close", () => {
    ctx.limiter.release(clientId);
    ctx.stats.closed();
  });

  body = await readBody(req);
  const { latencyMs, jitterMs } = ctx.config;
  await delay(latencyMs + (jitterMs > 0 ? Math.random() * jitterMs : 0), ctx.closing);
  if (res.destroyed) return;
  const fault = ctx.faults.take(endpoint);
  if (fault) {
    answerFault(req, res, fault, () => answerQuery(req, endpoint, body, ctx).text);
    return;
  }
  const answer = answerQuery(req, endpoint, body, ctx);
  if (!res.headersSent) {
    res.writeHead(answer.status, {
      "content-type": "application/json;charset=utf-8",
      "content-length": String(Buffer.byteLength(answer.text)),
      ...answer.headers,
    });
    res.end(answer.text);
  }
}

function answerQuery(req: IncomingMessage, endpoint: string, body: string, ctx: StandinContext): Answer {
  const queryCtx = { dataset: ctx.dataset, drift: ctx.config.drift };
  try {
    if (req.method !== "POST") {
      return { status: 404, text: JSON.stringify(notFound(`${req.method} is not supported; use POST`)), headers: {} };
    }
    const parts = endpoint.split("/");
    if (parts.length === 1 && parts[0] === "multiquery") {
      const { entries, searches } = runMultiquery(body, queryCtx);
      ctx.stats.searched(searches);
      return { status: 200, text: JSON.stringify(entries), headers: {} };
    }
    if (parts.length > 2 || (parts.length === 2 && parts[1] !== "count")) {
      return { status: 404, text: JSON.stringify(notFound(`'${endpoint}' is not an endpoint`)), headers: {} };
    }
    const countOnly = parts.length === 2;
    const result = runQuery(parts[0]!, body, queryCtx, countOnly);
    if (result.searched) ctx.stats.searched(1);
    if (countOnly) return { status: 200, text: JSON.stringify({ count: result.count }), headers: {} };
    return { status: 200, text: JSON.stringify(result.records), headers: { "x-count": String(result.count) } };
  } catch (error) {
    if (error instanceof ApicalypseError) {
      return { status: error.status, text: JSON.stringify(error.toBody()), headers: {} };
    }
    throw error;
  }
}

function notFound(cause: string) {
  return [{ title: "Not found", status: 404, cause }];
}
