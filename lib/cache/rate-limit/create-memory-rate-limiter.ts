// Zero-config rate limiting: the sliding window in this process's memory. Each instance counts alone, so
// behind a load balancer of N instances a client gets up to N × limit; set REDIS_URL to share counts.
// Also the fallback of the auth limits while Redis is down (fail-open-rate-limiter.ts).
import { windowPosition } from "./sliding-window";
import type { RateLimiter, RateLimitPolicy, RateLimitResult } from "./types";

interface Counter {
  bucket: number;
  current: number;
  previous: number;
  /** When both buckets have slid out and the counter means nothing any more. */
  expiresAt: number;
}

export interface MemoryRateLimiterOptions {
  /** For tests that walk through a window without waiting. */
  now?: () => number;
  /** Bound on tracked clients per policy; past it the oldest go first, or new ones are refused (policy.whenFull). */
  maxEntries?: number;
}

const SWEEP_EVERY_MS = 30_000;

export function createMemoryRateLimiter({ now = () => Date.now(), maxEntries = 100_000 }: MemoryRateLimiterOptions = {}): RateLimiter {
  // One map per policy: a flood of invented identities on a cheap route (search) fills and evicts only that
  // policy's counters, never a sign-in counter; auth policies refuse newcomers rather than evict at all.
  const byPolicy = new Map<string, Map<string, Counter>>();
  let lastSweep = now();

  // Counters live two windows at most: a sweep every 30 s keeps memory proportional to active clients, and
  // the cap bounds it even when clients invent identities, dropping the oldest counters first (in O(1) each,
  // so a flood at the cap costs no full scans).
  const dropExpired = (at: number) => {
    lastSweep = at;
    for (const counters of byPolicy.values()) for (const [key, counter] of counters) if (counter.expiresAt <= at) counters.delete(key);
  };
  const dropOldest = (counters: Map<string, Counter>) => {
    for (const key of counters.keys()) {
      if (counters.size < maxEntries) break;
      counters.delete(key);
    }
  };
  const countersOf = (policy: RateLimitPolicy) => {
    let counters = byPolicy.get(policy.name);
    if (!counters) byPolicy.set(policy.name, (counters = new Map()));
    return counters;
  };

  /** The counter of `identifier`, slid to `bucket`; null when it would have to be created and may not be. */
  const counterFor = (identifier: string, policy: RateLimitPolicy, at: number, create: boolean): Counter | null | undefined => {
    const counters = countersOf(policy);
    const { bucket } = windowPosition(at, policy.windowMs);
    let counter = counters.get(identifier);
    if (counter && counter.bucket === bucket - 1) {
      counter.previous = counter.current;
      counter.current = 0;
      counter.bucket = bucket;
    } else if (counter && counter.bucket < bucket - 1) {
      counter.bucket = bucket;
      counter.current = 0;
      counter.previous = 0;
    }
    if (counter || !create) return counter;
    if (counters.size >= maxEntries) {
      dropExpired(at);
      if (counters.size >= maxEntries) {
        if (policy.whenFull === "refuse") return null;
        dropOldest(counters);
      }
    }
    counter = { bucket, current: 0, previous: 0, expiresAt: 0 };
    counters.set(identifier, counter);
    return counter;
  };

  const judge = (counter: Counter | undefined, policy: RateLimitPolicy, at: number): RateLimitResult & { weighted: number } => {
    const { previousWeight, resetMs } = windowPosition(at, policy.windowMs);
    const weighted = counter ? Math.floor(previousWeight * counter.previous) : 0;
    const used = (counter?.current ?? 0) + weighted;
    return { allowed: used < policy.limit, limit: policy.limit, remaining: Math.max(0, policy.limit - used), resetMs, weighted };
  };

  return {
    kind: "memory",
    async limit(identifier: string, policy: RateLimitPolicy) {
      const at = now();
      if (at - lastSweep > SWEEP_EVERY_MS) dropExpired(at);
      const counter = counterFor(identifier, policy, at, true);
      const { resetMs } = windowPosition(at, policy.windowMs);
      if (counter === null) return { allowed: false, limit: policy.limit, remaining: 0, resetMs };
      const { allowed, weighted } = judge(counter, policy, at);
      if (!counter || !allowed) return { allowed: false, limit: policy.limit, remaining: 0, resetMs };
      // Re-inserted on each count: the Map's order stays least-recently-counted first for dropOldest().
      const counters = countersOf(policy);
      counters.delete(identifier);
      counters.set(identifier, counter);
      counter.current += 1;
      counter.expiresAt = (counter.bucket + 2) * policy.windowMs;
      return { allowed: true, limit: policy.limit, remaining: Math.max(0, policy.limit - counter.current - weighted), resetMs };
    },
    async peek(identifier: string, policy: RateLimitPolicy) {
      const at = now();
      const { allowed, limit, remaining, resetMs } = judge(counterFor(identifier, policy, at, false) ?? undefined, policy, at);
      return { allowed, limit, remaining, resetMs };
    },
    async close() {
      byPolicy.clear();
    },
  };
}
