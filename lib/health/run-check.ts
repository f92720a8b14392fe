import { withDeadline } from "@/lib/cache/with-deadline";

import type { CheckOutcome, HealthCheckResult } from "./health-types";

/** Each check's deadline: a hung dependency must not hang the health check (load balancers time out too). */
export const CHECK_DEADLINE_MS = 1_000;

/** Runs one check within the deadline; a throw or a timeout is a "fail" with the reason as detail. */
export async function runCheck(
  required: boolean,
  check: () => CheckOutcome | Promise<CheckOutcome>,
  deadlineMs = CHECK_DEADLINE_MS,
): Promise<HealthCheckResult> {
  const started = performance.now();
  const elapsed = () => Math.round((performance.now() - started) * 100) / 100;
  try {
    const outcome = await withDeadline(Promise.resolve().then(check), deadlineMs);
    return { ...outcome, required, ms: elapsed() };
  } catch (error) {
    return { status: "fail", required, ms: elapsed(), detail: error instanceof Error ? error.message : String(error) };
  }
}
