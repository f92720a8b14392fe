// The shape of GET /api/health.
export type CheckStatus = "ok" | "warn" | "fail" | "skipped";

/** What a check function returns: its verdict, one line of detail, and any figures worth showing. */
export interface CheckOutcome {
  status: CheckStatus;
  detail: string;
  [extra: string]: unknown;
}

export interface HealthCheckResult extends CheckOutcome {
  /** A failed required check makes the instance "down" (503); any other failure or warning makes it "degraded". */
  required: boolean;
  ms: number;
}

export type HealthStatus = "ok" | "degraded" | "down";
