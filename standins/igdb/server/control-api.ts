// /__standin/*: the test-facing control API (no auth, JSON). Not rate-limited and not counted in stats.
import type { IncomingMessage, ServerResponse } from "node:http";

import { z } from "zod";

import { ControlBadRequest, parseWith, readJson } from "../../shared/control-json";
import { isEndpoint } from "../dataset/schema";
import { InvalidRecordsError, validateRecords } from "../dataset/validate-records";
import { sendJson } from "./http-utils";
import { statsOf, type StandinContext } from "./standin-context";

const configBodySchema = z.strictObject({
  latencyMs: z.number().min(0).optional(),
  jitterMs: z.number().min(0).optional(),
  tokenTtlSeconds: z.number().int().min(1).optional(),
  rateLimit: z
    .strictObject({ perSecond: z.number().int().min(1), open: z.number().int().min(1) })
    .partial()
    .optional(),
  drift: z.enum(["current", "legacy"]).optional(),
});

const faultsBodySchema = z.strictObject({
  faults: z.array(
    z.strictObject({
      kind: z.enum(["500", "502", "503", "reset", "timeout", "malformed"]),
      count: z.number().int().min(1).optional(),
      probability: z.number().min(0).max(1).optional(),
      endpoint: z.string().min(1).optional(),
    }),
  ),
});

export async function handleControl(req: IncomingMessage, res: ServerResponse, path: string, ctx: StandinContext) {
  try {
    await route(req, res, path, ctx);
  } catch (error) {
    if (error instanceof ControlBadRequest || error instanceof InvalidRecordsError) sendJson(res, 400, { error: error.message });
    else throw error;
  }
}

async function route(req: IncomingMessage, res: ServerResponse, path: string, ctx: StandinContext): Promise<void> {
  const key = `${req.method} ${path}`;
  const records = /^\/records\/([a-z_]+)(?:\/(\d+))?$/.exec(path);
  if (key === "GET /health") {
    sendJson(res, 200, { ok: true, games: ctx.dataset.count("games"), loadMs: ctx.loadMs });
  } else if (key === "GET /stats") {
    sendJson(res, 200, statsOf(ctx));
  } else if (key === "POST /stats/reset") {
    ctx.stats.reset();
    ctx.tokens.minted = 0;
    sendJson(res, 200, statsOf(ctx));
  } else if (key === "GET /config") {
    sendJson(res, 200, ctx.config);
  } else if (key === "POST /config") {
    const change = parseWith(configBodySchema, await readJson(req));
    const { rateLimit, ...rest } = change;
    Object.assign(ctx.config, Object.fromEntries(Object.entries(rest).filter(([, v]) => v !== undefined)));
    if (rateLimit) ctx.config.rateLimit = { ...ctx.config.rateLimit, ...rateLimit };
    sendJson(res, 200, ctx.config);
  } else if (key === "GET /faults") {
    sendJson(res, 200, { faults: ctx.faults.list() });
  } else if (key === "POST /faults") {
    ctx.faults.replace(parseWith(faultsBodySchema, await readJson(req)).faults);
    sendJson(res, 200, { faults: ctx.faults.list() });
  } else if (key === "POST /tokens/revoke") {
    sendJson(res, 200, { revoked: ctx.tokens.revokeAll() });
  } else if (records && isEndpoint(records[1]!)) {
    const endpoint = records[1];
    if (req.method === "POST" && records[2] === undefined) {
      const changes = validateRecords(endpoint, ctx.config.drift, await readJson(req));
      const now = Math.floor(Date.now() / 1000);
      const saved = changes.map((c) => ctx.dataset.upsert(endpoint, c, now));
      sendJson(res, 200, { upserted: saved.length, ids: saved.map((r) => r.id) });
    } else if (req.method === "DELETE" && records[2] !== undefined) {
      const deleted = ctx.dataset.remove(endpoint, Number(records[2]));
      sendJson(res, deleted ? 200 : 404, { deleted });
    } else {
      sendJson(res, 405, { error: `${req.method} is not supported on ${path}` });
    }
  } else {
    sendJson(res, 404, { error: `no control route ${key}` });
  }
}
