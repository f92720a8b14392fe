import "server-only";

import { runHealthChecks, type HealthReport } from "./run-health-checks";

/** How long one round of checks answers every caller: a poll storm costs one round a second at most. */
export const HEALTH_REPORT_MAX_AGE_MS = 1_000;

let last: { at: number; report: Promise<HealthReport> } | undefined;

/**
 * The health report, shared for up to a second by every caller (and by concurrent ones while it runs):
 * each round queries the accounts database and counts the catalog, which an unauthenticated endpoint
 * must not let anyone repeat at will.
 */
export function getHealthReport(now = Date.now()): Promise<HealthReport> {
  if (!last || now - last.at >= HEALTH_REPORT_MAX_AGE_MS) last = { at: now, report: runHealthChecks() };
  return last.report;
}

/** For tests that change dependencies between cases. */
export function forgetHealthReport(): void {
  last = undefined;
}
