import "server-only";

import type { CatalogStats } from "@/lib/catalog/get-catalog-stats";

import { checkQueueLag } from "./check-queue-lag";
import { checkIgdb, checkPostgres, checkRedis, checkSqlite } from "./health-checks";
import type { HealthCheckResult, HealthStatus } from "./health-types";
import { runCheck } from "./run-check";

export interface HealthReport {
  status: HealthStatus;
  checks: {
    sqlite: HealthCheckResult;
    postgres: HealthCheckResult;
    redis: HealthCheckResult;
    igdb: HealthCheckResult;
    queueLag: HealthCheckResult;
  };
  /** The catalog's size, as /api/health has always reported it; null when SQLite could not be read. */
  catalog: CatalogStats | null;
}

/**
 * Every dependency checked at once, each within its own deadline. Required: the catalog (SQLite) and the
 * accounts database; a failure of one makes the instance "down". Redis, IGDB and the queues only degrade it.
 */
export async function runHealthChecks(): Promise<HealthReport> {
  let catalog: CatalogStats | null = null;
  const [sqlite, postgres, redis, igdb, queueLag] = await Promise.all([
    runCheck(true, () => {
      const { catalog: stats, ...outcome } = checkSqlite();
      catalog = stats;
      return outcome;
    }),
    runCheck(true, checkPostgres),
    runCheck(false, checkRedis),
    runCheck(false, checkIgdb),
    runCheck(false, checkQueueLag),
  ]);
  const checks = { sqlite, postgres, redis, igdb, queueLag };
  const all = Object.values(checks);
  const status: HealthStatus = all.some((c) => c.required && c.status === "fail")
    ? "down"
    : all.some((c) => c.status === "fail" || c.status === "warn")
      ? "degraded"
      : "ok";
  return { status, checks, catalog };
}
