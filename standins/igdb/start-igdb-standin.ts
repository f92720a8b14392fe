// Starts the local IGDB + Twitch stand-in: a plain node:http server speaking their wire protocol over the
// CC0 catalog. Used by tests, `npm run igdb:standin` and the zero-config Next server, so it must not
// import "server-only" or anything from Next.
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";

import { listen } from "../shared/listen";
import { warmSearch } from "./apicalypse/search-records";
import { DEFAULT_RATE_LIMIT, DEFAULT_TOKEN_TTL_SECONDS, STANDIN_CLIENT_ID, STANDIN_CLIENT_SECRET } from "./constants";
import { loadDataset } from "./dataset/load-dataset";
import { handleControl } from "./server/control-api";
import { FaultQueue } from "./server/faults";
import { handleApi } from "./server/handle-api";
import { BodyTooLargeError, sendJson } from "./server/http-utils";
import { RateLimiter } from "./server/rate-limiter";
import { statsOf, type StandinContext } from "./server/standin-context";
import { StatsRecorder } from "./server/stats-recorder";
import { handleToken, handleValidate } from "./server/token-endpoint";
import { TokenStore } from "./server/token-store";
import type { StandinDrift, StandinStats } from "./types";

export interface IgdbStandinOptions {
  /** A catalog SQLite file (schema: lib/catalog/migrations.ts); opened read-only and loaded into memory. */
  dataPath: string;
  /** Default "127.0.0.1". */
  host?: string;
  /** Default 0 (ephemeral). */
  port?: number;
  /** Default STANDIN_CLIENT_ID. */
  clientId?: string;
  /** Default STANDIN_CLIENT_SECRET. */
  clientSecret?: string;
  /** Default 5,184,000 (60 days), like Twitch app tokens. */
  tokenTtlSeconds?: number;
  /** Added before each accepted API response; default 0. */
  latencyMs?: number;
  /** Up to this much random extra latency; default 0. */
  jitterMs?: number;
  /** Default { perSecond: 4, open: 8 }, IGDB's limits. */
  rateLimit?: { perSecond: number; open: number };
  /** Default "current" (2025 shapes); "legacy" serves `category`/`region` enums. */
  drift?: StandinDrift;
}

export interface IgdbStandin {
  /** http://host:port */
  url: string;
  /** `${url}/v4` */
  apiUrl: string;
  /** `${url}/oauth2/token` */
  tokenUrl: string;
  clientId: string;
  clientSecret: string;
  /** The same object as GET /__standin/stats. */
  stats(): StandinStats;
  /** Closes the server and destroys open sockets, including those held by a `timeout` fault. */
  close(): Promise<void>;
}

/**
 * @example
 * const standin = await startIgdbStandin({ dataPath: standinCatalogPath() });
 * // IGDB_API_URL=standin.apiUrl TWITCH_TOKEN_URL=standin.tokenUrl, client id/secret from standin
 * await standin.close();
 */
export async function startIgdbStandin(options: IgdbStandinOptions): Promise<IgdbStandin> {
  const started = performance.now();
  const dataset = loadDataset(options.dataPath);
  warmSearch(dataset);
  const closing = new AbortController();
  const ctx: StandinContext = {
    dataset,
    config: {
      latencyMs: options.latencyMs ?? 0,
      jitterMs: options.jitterMs ?? 0,
      tokenTtlSeconds: options.tokenTtlSeconds ?? DEFAULT_TOKEN_TTL_SECONDS,
      rateLimit: { ...(options.rateLimit ?? DEFAULT_RATE_LIMIT) },
      drift: options.drift ?? "current",
    },
    clientId: options.clientId ?? STANDIN_CLIENT_ID,
    clientSecret: options.clientSecret ?? STANDIN_CLIENT_SECRET,
    tokens: new TokenStore(),
    limiter: new RateLimiter(),
    stats: new StatsRecorder(),
    faults: new FaultQueue(),
    closing: closing.signal,
    loadMs: Math.round(performance.now() - started),
  };

  const server = createServer((req, res) => {
    dispatch(req, res, ctx).catch((error: unknown) => {
      if (error instanceof BodyTooLargeError) sendJson(res, 413, { message: error.message });
      else if (!res.headersSent) sendJson(res, 500, [{ title: "Internal Error", status: 500, cause: String(error) }]);
      else res.destroy();
    });
  });
  const host = options.host ?? "127.0.0.1";
  const { url } = await listen(server, options.port ?? 0, host);
  let closed: Promise<void> | undefined;
  return {
    url,
    apiUrl: `${url}/v4`,
    tokenUrl: `${url}/oauth2/token`,
    clientId: ctx.clientId,
    clientSecret: ctx.clientSecret,
    stats: () => statsOf(ctx),
    close: () => {
      closed ??= new Promise<void>((resolve) => {
        closing.abort();
        server.close(() => resolve());
        server.closeAllConnections();
      });
      return closed;
    },
  };
}

async function dispatch(req: IncomingMessage, res: ServerResponse, ctx: StandinContext): Promise<void> {
  const url = new URL(req.url ?? "/", "http://standin.local");
  const path = url.pathname;
  if (path.startsWith("/v4/")) await handleApi(req, res, path.slice("/v4/".length), ctx);
  else if (path === "/oauth2/token") await handleToken(req, res, url, ctx);
  else if (path === "/oauth2/validate") handleValidate(req, res, ctx);
  else if (path.startsWith("/__standin/")) await handleControl(req, res, path.slice("/__standin".length), ctx);
  else sendJson(res, 404, [{ title: "Not found", status: 404, cause: `no route ${path}` }]);
}
