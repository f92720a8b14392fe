// One computation per cold key across every instance (the cold-search path of search-games.ts):
// 1. In-process single-flight: concurrent callers in this process share one promise.
// 2. A Redis lock (SET NX PX with a unique token) elects one leader across instances; only the owner
//    releases it (atomic compare-and-delete), and its TTL frees it if the leader dies.
// 3. Waiters are woken by the leader's published completion, and poll with backoff as well (pub/sub can
//    be missing or lossy); each wake-up reads the result from the cache.
// 4. A waiter that sees the lock gone without a result tries to take over (NX again: one wins, the rest
//    keep waiting, so no thundering herd); past its deadline it computes by itself, without an error.
import type { FailOpenCache } from "./fail-open-cache";
import { cacheKeys } from "./keys";

export interface DedupeOptions<T> {
  /** Computes and stores the value (the leader's job). */
  compute: () => Promise<T>;
  /** Reads the value the leader stored; null while it is not there yet. */
  read: () => Promise<T | null>;
  /** Lock lifetime: longer than a normal computation, short enough to recover from a dead leader. */
  lockTtlMs?: number;
  /** How long a waiter waits before computing by itself. */
  waitTimeoutMs?: number;
}

export interface DedupeResult<T> {
  value: T;
  /** True when another caller (here or on another instance) did the work. */
  deduplicated: boolean;
}

export const dedupeStats = { leaders: 0, waiters: 0, takeovers: 0, timeouts: 0 };

// Per cache facade (one per process in production; tests run several "instances" in one process).
const flights = new WeakMap<FailOpenCache, Map<string, Promise<DedupeResult<unknown>>>>();

export async function dedupe<T>(cache: FailOpenCache, key: string, options: DedupeOptions<T>): Promise<DedupeResult<T>> {
  let inFlight = flights.get(cache);
  if (!inFlight) flights.set(cache, (inFlight = new Map()));
  const shared = inFlight.get(key) as Promise<DedupeResult<T>> | undefined;
  if (shared) return { value: (await shared).value, deduplicated: true };
  const run = acrossInstances(cache, key, options).finally(() => inFlight.delete(key));
  inFlight.set(key, run);
  return run;
}

async function lead<T>(cache: FailOpenCache, key: string, token: string, compute: () => Promise<T>): Promise<T> {
  let value: T;
  try {
    value = await compute();
  } catch (error) {
    await cache.compareAndDelete(cacheKeys.lock(key), token);
    throw error;
  }
  // The value is stored: this process's callers need not wait for two more Redis round trips (under a burst
  // those sit behind every queued request's callbacks). Waiters elsewhere are told, then the lock goes; both
  // are fail-open, and a lost "done" only means the waiters' next poll finds the value.
  void cache.publish(cacheKeys.doneChannel(key), "done").finally(() => cache.compareAndDelete(cacheKeys.lock(key), token));
  return value;
}

async function acrossInstances<T>(cache: FailOpenCache, key: string, options: DedupeOptions<T>): Promise<DedupeResult<T>> {
  const { compute, read, lockTtlMs = 15_000, waitTimeoutMs = 20_000 } = options;
  const lockKey = cacheKeys.lock(key);
  const token = crypto.randomUUID(); // Web Crypto: Node 20 and edge runtimes alike
  const first = await cache.acquire(lockKey, token, lockTtlMs);
  if (first === "acquired") {
    // A leader may have stored the answer and released the lock between the caller's cache miss and
    // this acquisition: look once more before spending an upstream call.
    const stored = await read();
    if (stored !== null) {
      await cache.compareAndDelete(lockKey, token);
      return { value: stored, deduplicated: true };
    }
    dedupeStats.leaders++;
    return { value: await lead(cache, key, token, compute), deduplicated: false };
  }
  if (first === "unavailable") {
    // Fail-open: Redis cannot be asked, so this instance computes for itself (once per process, thanks
    // to the in-process single flight) rather than wait on a lock nobody can see.
    dedupeStats.leaders++;
    return { value: await compute(), deduplicated: false };
  }

  dedupeStats.waiters++;
  let wake: (() => void) | null = null;
  const unsubscribe = await cache.subscribe(cacheKeys.doneChannel(key), () => wake?.());
  try {
    const deadline = Date.now() + waitTimeoutMs;
    for (let delay = 25; Date.now() < deadline; delay = Math.min(delay * 2, 400)) {
      const value = await read();
      if (value !== null) return { value, deduplicated: true };
      const attempt = (await cache.ttl(lockKey)) === -2 ? await cache.acquire(lockKey, token, lockTtlMs) : "held";
      if (attempt === "unavailable") break; // Redis went away while we waited: compute below
      if (attempt === "acquired") {
        // The leader died or gave up without storing a result: this waiter takes over.
        dedupeStats.takeovers++;
        const again = await read(); // it may have stored just before releasing
        if (again !== null) {
          await cache.compareAndDelete(lockKey, token);
          return { value: again, deduplicated: true };
        }
        return { value: await lead(cache, key, token, compute), deduplicated: false };
      }
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, Math.min(delay, Math.max(0, deadline - Date.now())));
        wake = () => {
          clearTimeout(timer);
          resolve();
        };
      });
      wake = null;
    }
    dedupeStats.timeouts++;
    return { value: await compute(), deduplicated: false };
  } finally {
    await unsubscribe?.();
  }
}
