// Rate limiting must never take the API down with Redis: past the deadline, or on any error, the request is
// allowed (unmetered), the failure counted, and logged once per burst, as FailOpenCache does for the cache.
// An outage therefore lifts the limits; refusing everyone instead would turn a Redis outage into a site outage.
import { logger } from "@/lib/log/logger";

import type { CacheDriverKind } from "../types";
import type { RateLimiter, RateLimitPolicy, RateLimitResult } from "./types";
import { DeadlineError, withDeadline } from "../with-deadline";

export interface RateLimitStats {
  allowed: number;
  refused: number;
  /** Requests let through because the backend could not answer (errors + timeouts). */
  failedOpen: number;
  errors: number;
  timeouts: number;
  lastError: string | null;
  lastErrorAt: number | null;
}

const LOG_EVERY_MS = 10_000;

export class FailOpenRateLimiter {
  readonly stats: RateLimitStats = { allowed: 0, refused: 0, failedOpen: 0, errors: 0, timeouts: 0, lastError: null, lastErrorAt: null };
  private lastLogged = 0;

  constructor(
    readonly limiter: RateLimiter,
    private readonly timeoutMs: number,
  ) {}

  get kind(): CacheDriverKind {
    return this.limiter.kind;
  }

  async limit(identifier: string, policy: RateLimitPolicy): Promise<RateLimitResult> {
    try {
      const result = await withDeadline(this.limiter.limit(identifier, policy), this.timeoutMs);
      if (result.allowed) this.stats.allowed++;
      else this.stats.refused++;
      return result;
    } catch (error) {
      this.recordFailure(policy, error);
      return { allowed: true, limit: policy.limit, remaining: policy.limit, resetMs: 0, failedOpen: true };
    }
  }

  close(): Promise<void> {
    return this.limiter.close();
  }

  private recordFailure(policy: RateLimitPolicy, error: unknown): void {
    const timedOut = error instanceof DeadlineError;
    if (timedOut) this.stats.timeouts++;
    else this.stats.errors++;
    this.stats.failedOpen++;
    this.stats.lastError = `${policy.name}: ${(error as Error).message}`;
    this.stats.lastErrorAt = Date.now();
    if (Date.now() - this.lastLogged > LOG_EVERY_MS) {
      this.lastLogged = Date.now();
      logger.warn(
        { policy: policy.name, backend: this.limiter.kind, timedOut, err: error, failures: this.stats },
        "rate limiter unavailable; allowing requests unmetered",
      );
    }
  }
}
