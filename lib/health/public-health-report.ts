import type { CheckStatus, HealthStatus } from "./health-types";
import type { HealthReport } from "./run-health-checks";

export interface PublicHealthReport {
  status: HealthStatus;
  checks: Record<keyof HealthReport["checks"], { status: CheckStatus; required: boolean }>;
}

/**
 * What /api/health tells anyone: the verdict and each check's status. No error text (a driver's message can
 * name internal hosts and users), no backend kinds, counts or timings: those go to admins and the token.
 */
export function publicHealthReport(report: HealthReport): PublicHealthReport {
  const checks = Object.fromEntries(
    Object.entries(report.checks).map(([name, check]) => [name, { status: check.status, required: check.required }]),
  ) as PublicHealthReport["checks"];
  return { status: report.status, checks };
}
