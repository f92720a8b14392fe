import "server-only";

import { getDb } from "@/lib/accounts-db/get-db";
import { getCache } from "@/lib/cache/get-cache";
import { peekIgdbConnection } from "@/lib/catalog-sync/igdb-connection";
import { getCatalogStats, type CatalogStats } from "@/lib/catalog/get-catalog-stats";
import { getEnv } from "@/lib/env";

import type { CheckOutcome } from "./health-types";

/** The catalog replica: readable, and not empty (an empty one still serves through IGDB, so only a warning). */
export function checkSqlite(): CheckOutcome & { catalog: CatalogStats } {
  const catalog = getCatalogStats();
  const detail = catalog.games > 0 ? `${catalog.games} games` : "the catalog is empty";
  return { status: catalog.games > 0 ? "ok" : "warn", detail, catalog };
}

/** The accounts database (PostgreSQL, or PGlite in zero-config mode) answers a query. */
export async function checkPostgres(): Promise<CheckOutcome> {
  const backend = getEnv().DATABASE_URL ? "postgresql" : "pglite";
  const db = await getDb();
  await db.$queryRaw`SELECT 1`;
  return { status: "ok", detail: `${backend} answers`, backend };
}

/** Redis answers PING; "skipped" when none is configured (it accelerates, the site runs without it). */
export async function checkRedis(): Promise<CheckOutcome> {
  const cache = getCache();
  if (cache.kind === "memory") return { status: "skipped", detail: "no Redis configured (in-memory cache)", driver: cache.kind };
  await cache.ping();
  return { status: "ok", detail: `${cache.kind} answers PING`, driver: cache.kind };
}

/** The IGDB client's circuit, without connecting: open fails, half-open warns. */
export function checkIgdb(): CheckOutcome {
  const connection = peekIgdbConnection();
  if (!connection) return { status: "skipped", detail: "no IGDB connection yet (made at start, and on first use)", circuit: null };
  const circuit = connection.client.circuitState;
  const status = circuit === "closed" ? "ok" : circuit === "half_open" ? "warn" : "fail";
  const detail = {
    closed: "circuit closed",
    half_open: "circuit half-open: one trial call decides",
    open: "circuit open: failing fast after repeated failures",
  }[circuit];
  return {
    status,
    detail,
    circuit,
    mode: connection.mode,
    requests: connection.client.stats.requests,
    rateLimited: connection.client.stats.rateLimited,
  };
}
