// Rate limiting must never take the API down with Redis: past the deadline, or on any error, the request is
// allowed (unmetered), the failure counted, and logged once per burst, as FailOpenCache does for the cache.
// An outage therefore lifts the limits; refusing everyone instead would turn a Redis outage into a site outage.
import { FailureRecorder, type FailureStats } from "../failure-recorder";
import type { CacheDriverKind } from "../types";
import { withDeadline } from "../with-deadline";
import type { RateLimiter, RateLimitPolicy, RateLimitResult } from "./types";

export interface RateLimitStats extends FailureStats {
  allowed: number;
  refused: number;
  /** Requests let through because the backend could not answer (errors + timeouts). */
  failedOpen: number;
}

export class FailOpenRateLimiter {
  readonly stats: RateLimitStats = { allowed: 0, refused: 0, failedOpen: 0, errors: 0, timeouts: 0, lastError: null, lastErrorAt: null };
  private readonly failures = new FailureRecorder(this.stats, "rate limiter unavailable; allowing requests unmetered");

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
    this.stats.failedOpen++;
    this.failures.record(policy.name, error, { backend: this.limiter.kind });
  }
}
