// Zero-config rate limiting: the sliding window in this process's memory. Each instance counts alone, so
// behind a load balancer of N instances a client gets up to N × limit; set REDIS_URL to share counts.
import { windowPosition } from "./sliding-window";
import type { RateLimiter, RateLimitPolicy } from "./types";

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
  /** Bound on tracked clients (one entry per client and policy); the oldest go first past it. */
  maxEntries?: number;
}

const SWEEP_EVERY_MS = 30_000;

export function createMemoryRateLimiter({ now = Date.now, maxEntries = 100_000 }: MemoryRateLimiterOptions = {}): RateLimiter {
  const counters = new Map<string, Counter>();
  let lastSweep = now();

  // Counters live two windows at most: a sweep every 30 s keeps memory proportional to active clients, and
  // the cap bounds it even when clients invent identities (a forged X-Forwarded-For per request), dropping
  // the oldest counters first (in O(1) each, so a flood at the cap costs no full scans).
  const dropExpired = (at: number) => {
    lastSweep = at;
    for (const [key, counter] of counters) if (counter.expiresAt <= at) counters.delete(key);
  };
  const dropOldest = () => {
    for (const key of counters.keys()) {
      if (counters.size < maxEntries) break;
      counters.delete(key);
    }
  };

  return {
    kind: "memory",
    async limit(identifier: string, policy: RateLimitPolicy) {
      const at = now();
      if (at - lastSweep > SWEEP_EVERY_MS) dropExpired(at);
      const { bucket, previousWeight, resetMs } = windowPosition(at, policy.windowMs);
      const key = `${policy.name}:${identifier}`;
      let counter = counters.get(key);
      if (!counter || counter.bucket < bucket - 1) {
        // Re-inserted, not updated in place: the Map's order stays oldest-first for dropOldest().
        counters.delete(key);
        if (counters.size >= maxEntries) dropOldest();
        counter = { bucket, current: 0, previous: 0, expiresAt: 0 };
        counters.set(key, counter);
      } else if (counter.bucket === bucket - 1) {
        counter.previous = counter.current;
        counter.current = 0;
        counter.bucket = bucket;
      }
      const weighted = Math.floor(previousWeight * counter.previous);
      if (counter.current + weighted >= policy.limit) return { allowed: false, limit: policy.limit, remaining: 0, resetMs };
      counter.current += 1;
      counter.expiresAt = (bucket + 2) * policy.windowMs;
      return { allowed: true, limit: policy.limit, remaining: Math.max(0, policy.limit - counter.current - weighted), resetMs };
    },
    async close() {
      counters.clear();
    },
  };
}
