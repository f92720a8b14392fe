// Rate limiting must never take the API down with Redis: past the deadline, or on any error, the request is
// allowed (unmetered), the failure counted, and logged once per burst, as FailOpenCache does for the cache.
// An outage therefore lifts the API limits; refusing everyone instead would turn a Redis outage into a site
// outage. The auth limits ask for `whenDown: "memory"` instead: what they guard (password guesses, mail sent)
// must not become unlimited because Redis is slow, so this process counts alone until Redis answers again.
import { FailureRecorder, type FailureStats } from "../failure-recorder";
import type { CacheDriverKind } from "../types";
import { withDeadline } from "../with-deadline";
import { createMemoryRateLimiter } from "./create-memory-rate-limiter";
import type { RateLimiter, RateLimitPolicy, RateLimitResult } from "./types";

export interface RateLimitStats extends FailureStats {
  allowed: number;
  refused: number;
  /** Requests let through because the backend could not answer (errors + timeouts). */
  failedOpen: number;
  /** Requests the in-process fallback judged because the backend could not answer. */
  fellBack: number;
}

export interface LimitOptions {
  /** When the backend cannot answer: let the request through ("allow", default) or count in memory. */
  whenDown?: "allow" | "memory";
}

export class FailOpenRateLimiter {
  readonly stats: RateLimitStats = {
    allowed: 0,
    refused: 0,
    failedOpen: 0,
    fellBack: 0,
    errors: 0,
    timeouts: 0,
    lastError: null,
    lastErrorAt: null,
  };
  private readonly failures = new FailureRecorder(this.stats, "rate limiter unavailable; allowing requests unmetered");
  private memory: RateLimiter | undefined;

  constructor(
    readonly limiter: RateLimiter,
    private readonly timeoutMs: number,
  ) {}

  get kind(): CacheDriverKind {
    return this.limiter.kind;
  }

  limit(identifier: string, policy: RateLimitPolicy, options: LimitOptions = {}): Promise<RateLimitResult> {
    return this.run("limit", identifier, policy, options);
  }

  /** Whether one more request would be allowed, counting nothing. */
  peek(identifier: string, policy: RateLimitPolicy, options: LimitOptions = {}): Promise<RateLimitResult> {
    return this.run("peek", identifier, policy, options);
  }

  async close(): Promise<void> {
    await this.memory?.close();
    await this.limiter.close();
  }

  private async run(
    op: "limit" | "peek",
    identifier: string,
    policy: RateLimitPolicy,
    { whenDown = "allow" }: LimitOptions,
  ): Promise<RateLimitResult> {
    try {
      const result = await withDeadline(this.limiter[op](identifier, policy), this.timeoutMs);
      if (op === "limit") this.stats[result.allowed ? "allowed" : "refused"]++;
      return result;
    } catch (error) {
      this.failures.record(policy.name, error, { backend: this.limiter.kind });
      // The in-memory backend itself never fails; when it is the backend there is nothing to fall back to.
      if (whenDown === "memory" && this.limiter.kind !== "memory") {
        this.stats.fellBack++;
        this.memory ??= createMemoryRateLimiter();
        const result = await this.memory[op](identifier, policy);
        if (op === "limit") this.stats[result.allowed ? "allowed" : "refused"]++;
        return { ...result, degraded: true };
      }
      this.stats.failedOpen++;
      return { allowed: true, limit: policy.limit, remaining: policy.limit, resetMs: 0, failedOpen: true };
    }
  }
}
