// UPSTASH_REDIS_REST_URL/TOKEN: @upstash/ratelimit's sliding window over Upstash's REST API. The library
// owns the algorithm here (and its in-process cache of blocked clients, which answers them without a
// request while they stay blocked); our wrapper only adds the shared deadline and fail-open.
import { Ratelimit } from "@upstash/ratelimit";
import { Redis } from "@upstash/redis";

import { RATE_LIMIT_KEY_PREFIX, rateLimitPrefix } from "./sliding-window";
import type { RateLimiter, RateLimitPolicy } from "./types";
import { withScriptFlagFallback } from "./with-script-flag-fallback";

export interface UpstashRateLimiterOptions {
  url: string;
  token: string;
  prefix?: string;
}

export function createUpstashRateLimiter({ url, token, prefix = RATE_LIMIT_KEY_PREFIX }: UpstashRateLimiterOptions): RateLimiter {
  // Its own client from the same URL and token as the cache driver. No client retries: the fail-open
  // deadline decides what a slow Upstash costs a request.
  const redis = withScriptFlagFallback(new Redis({ url, token, retry: false, enableTelemetry: false }));
  // A Ratelimit is bound to one limit and window; policies are few and fixed, so one each, kept.
  const limiters = new Map<string, Ratelimit>();

  const limiterFor = (policy: RateLimitPolicy): Ratelimit => {
    const id = `${policy.name}|${policy.limit}|${policy.windowMs}`;
    let limiter = limiters.get(id);
    if (!limiter) {
      limiter = new Ratelimit({
        redis,
        limiter: Ratelimit.slidingWindow(policy.limit, `${policy.windowMs} ms`),
        prefix: rateLimitPrefix(prefix, policy.name),
        // 0: no library timeout (it would allow silently, uncounted); FailOpenRateLimiter owns the deadline.
        timeout: 0,
        analytics: false,
      });
      limiters.set(id, limiter);
    }
    return limiter;
  };

  return {
    kind: "upstash",
    async limit(identifier: string, policy: RateLimitPolicy) {
      const { success, remaining, reset } = await limiterFor(policy).limit(identifier);
      return { allowed: success, limit: policy.limit, remaining: success ? remaining : 0, resetMs: Math.max(0, reset - Date.now()) };
    },
    async peek(identifier: string, policy: RateLimitPolicy) {
      const { remaining, reset } = await limiterFor(policy).getRemaining(identifier);
      return { allowed: remaining > 0, limit: policy.limit, remaining, resetMs: Math.max(0, reset - Date.now()) };
    },
    async close() {
      limiters.clear();
    },
  };
}
