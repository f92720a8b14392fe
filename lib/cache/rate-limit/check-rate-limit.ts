import "server-only";

import { getEnv } from "@/lib/env";
import { dropProcessSingleton, peekProcessSingleton, processSingleton } from "@/lib/process-singleton";

import { createRateLimiter } from "./create-rate-limiter";
import { FailOpenRateLimiter, type LimitOptions } from "./fail-open-rate-limiter";
import type { RateLimitPolicy, RateLimitResult } from "./types";

// One limiter (and at most one Redis connection) per server process, kept across dev reloads.

/** The process's rate limiter: in-process, TCP Redis or Upstash by configuration, fail-open with a deadline. */
export function getRateLimiter(): FailOpenRateLimiter {
  const env = getEnv();
  return processSingleton("questlogRateLimiter", () => {
    const limiter = createRateLimiter(env);
    return new FailOpenRateLimiter(limiter, env.CACHE_TIMEOUT_MS ?? (limiter.kind === "upstash" ? 1_000 : 250));
  });
}

/**
 * Counts one request of `identifier` under `policy` (sliding window) and says whether it may proceed.
 * Never throws: when the backend is slow or down the answer is `allowed` with `failedOpen: true`, or, with
 * `whenDown: "memory"`, this process's own count (`degraded: true`).
 *
 * @example
 * const { allowed, resetMs } = await checkRateLimit(`203.0.113.7`, { name: "search", limit: 60, windowMs: 10_000 });
 * if (!allowed) throw new AppError("rate_limited", "Too many requests", undefined, Math.ceil(resetMs / 1000));
 */
export function checkRateLimit(identifier: string, policy: RateLimitPolicy, options?: LimitOptions): Promise<RateLimitResult> {
  return getRateLimiter().limit(identifier, policy, options);
}

/** Whether `identifier` may make one more request under `policy` now; counts nothing. */
export function peekRateLimit(identifier: string, policy: RateLimitPolicy, options?: LimitOptions): Promise<RateLimitResult> {
  return getRateLimiter().peek(identifier, policy, options);
}

/** For tests that switch backends between cases. */
export async function resetRateLimiterForTests(): Promise<void> {
  await peekProcessSingleton<FailOpenRateLimiter>("questlogRateLimiter")?.close();
  dropProcessSingleton("questlogRateLimiter");
}
