// The sliding-window approximation of @upstash/ratelimit's slidingWindow, shared by the backends that
// implement it themselves (in-process and TCP Redis) so all three count alike:
// time is cut into fixed buckets of windowMs; a request is allowed while
//   count(current bucket) + floor(count(previous bucket) × share of the window still overlapping it) < limit.
// Two counters per client instead of a log of timestamps, and no burst of 2× limit across a bucket edge.

export interface WindowPosition {
  /** Index of the bucket `now` falls in. */
  bucket: number;
  /** Weight of the previous bucket's count: 1 at the start of this bucket, falling to 0 at its end. */
  previousWeight: number;
  /** Milliseconds until this bucket ends. */
  resetMs: number;
}

export function windowPosition(now: number, windowMs: number): WindowPosition {
  const bucket = Math.floor(now / windowMs);
  return { bucket, previousWeight: 1 - (now % windowMs) / windowMs, resetMs: (bucket + 1) * windowMs - now };
}

/**
 * The key of one bucket: `{prefix}:{policy}:{identifier}:{bucket}`, which is what @upstash/ratelimit
 * writes for `prefix: "{prefix}:{policy}"`, so the TCP and Upstash backends share counts on one Redis.
 */
export function rateLimitBucketKey(prefix: string, policyName: string, identifier: string, bucket: number): string {
  return `${rateLimitPrefix(prefix, policyName)}:${identifier}:${bucket}`;
}

export function rateLimitPrefix(prefix: string, policyName: string): string {
  return `${prefix}:${policyName}`;
}

/**
 * Namespace of every rate-limit key (beside the cache's `ql:` keys in keys.ts). Tests pass their own.
 * TODO(keys.ts): move next to cacheKeys once lib/cache/keys.ts is free to edit.
 */
export const RATE_LIMIT_KEY_PREFIX = "ql:rl";

/** How long a bucket must outlive its window: it is read as "previous" during the next one. */
export const bucketTtlMs = (windowMs: number) => windowMs * 2 + 1_000;
