// How the fail-open wrappers (cache, rate limiter) account for a Redis failure: count it (error or
// timeout), remember the last one, and log at most once per burst so an outage does not flood the logs.
import { logger } from "@/lib/log/logger";

import { DeadlineError } from "./with-deadline";

export interface FailureStats {
  errors: number;
  timeouts: number;
  lastError: string | null;
  lastErrorAt: number | null;
}

const LOG_EVERY_MS = 10_000;

export class FailureRecorder {
  private lastLogged = 0;

  /** `stats` is the owner's stats object; the failure fields in it are kept here. */
  constructor(
    private readonly stats: FailureStats,
    private readonly message: string,
  ) {}

  record(op: string, error: unknown, context: Record<string, unknown> = {}): void {
    const timedOut = error instanceof DeadlineError;
    if (timedOut) this.stats.timeouts++;
    else this.stats.errors++;
    this.stats.lastError = `${op}: ${(error as Error).message}`;
    this.stats.lastErrorAt = Date.now();
    if (Date.now() - this.lastLogged > LOG_EVERY_MS) {
      this.lastLogged = Date.now();
      logger.warn({ op, timedOut, err: error, failures: this.stats, ...context }, this.message);
    }
  }
}
