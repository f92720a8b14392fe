// Which IGDB this process talks to. With Twitch credentials: real IGDB (or wherever IGDB_API_URL and
// TWITCH_TOKEN_URL point). Without: the local stand-in, started as a child process on first use, serving
// the whole CC0 catalog, so zero-config mode exercises the same client, limits and wire protocol.
import { getCache } from "@/lib/cache/get-cache";
import { getEnv, usesRealIgdb } from "@/lib/env";
import { createIgdbClient, IgdbError, type IgdbClient } from "@/lib/igdb";
import { logger } from "@/lib/log/logger";

import { createSharedRequestLimiter } from "./shared-request-limiter";
import { createSharedTokenStore } from "./shared-token-store";
import { spawnStandinProcess, type StandinProcess } from "./standin-process";

export interface IgdbConnection {
  client: IgdbClient;
  mode: "igdb" | "standin";
  /** Present in zero-config mode. */
  standin: StandinProcess | null;
}

// One connection per process, shared by route handlers and instrumentation (separate module graphs).
const globalForIgdb = globalThis as unknown as { questlogIgdb?: Promise<IgdbConnection>; questlogIgdbReady?: IgdbConnection };

async function connect(): Promise<IgdbConnection> {
  const env = getEnv();
  // With a shared Redis, the token and the 4/s + 8-open budget are shared by every instance.
  const cache = getCache();
  const shared = cache.kind === "memory" ? {} : { tokenStore: createSharedTokenStore(cache), limiter: createSharedRequestLimiter(cache) };
  if (usesRealIgdb(env)) {
    const client = createIgdbClient({
      apiUrl: env.IGDB_API_URL,
      tokenUrl: env.TWITCH_TOKEN_URL,
      clientId: env.TWITCH_CLIENT_ID!,
      clientSecret: env.TWITCH_CLIENT_SECRET!,
      timeoutMs: env.IGDB_TIMEOUT_MS,
      ...shared,
    });
    logger.info({ apiUrl: env.IGDB_API_URL }, "IGDB: using the configured Twitch app");
    return { client, mode: "igdb", standin: null };
  }
  const started = performance.now();
  let standin: StandinProcess;
  try {
    standin = await spawnStandinProcess(env.IGDB_STANDIN_PORT);
  } catch (cause) {
    // Callers treat this like IGDB being down: serve what we hold, or a clear 503.
    throw new IgdbError("network", `Could not start the local IGDB stand-in: ${(cause as Error).message}`, { cause });
  }
  const client = createIgdbClient({
    apiUrl: standin.apiUrl,
    tokenUrl: standin.tokenUrl,
    clientId: standin.clientId,
    clientSecret: standin.clientSecret,
    timeoutMs: env.IGDB_TIMEOUT_MS,
    ...shared,
  });
  logger.info({ url: standin.url, ms: Math.round(performance.now() - started) }, "IGDB: no Twitch credentials, local stand-in started");
  return { client, mode: "standin", standin };
}

/** The process's IGDB connection; the first call connects (and in zero-config mode starts the stand-in). */
export function getIgdbConnection(): Promise<IgdbConnection> {
  globalForIgdb.questlogIgdb ??= connect().then(
    (connection) => (globalForIgdb.questlogIgdbReady = connection),
    (error: unknown) => {
      globalForIgdb.questlogIgdb = undefined;
      throw error;
    },
  );
  return globalForIgdb.questlogIgdb;
}

/** The connection if one is open, without connecting (metrics and health must never start the stand-in). */
export function peekIgdbConnection(): IgdbConnection | null {
  return globalForIgdb.questlogIgdbReady ?? null;
}

/** Closes the stand-in (if any) so the process can exit; the next call reconnects. */
export async function closeIgdbConnection(): Promise<void> {
  const connection = await globalForIgdb.questlogIgdb?.catch(() => null);
  globalForIgdb.questlogIgdb = undefined;
  globalForIgdb.questlogIgdbReady = undefined;
  await connection?.standin?.close();
}
