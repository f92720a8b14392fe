// REDIS_URL: the sliding window as one Lua script on Redis, so counts are shared by every instance.
// Why not @upstash/ratelimit here: it only speaks the @upstash/redis REST client (evalsha/eval over HTTP),
// not a TCP connection, and an adapter from ioredis would be a second, hand-written client for a library
// whose whole job here is the ~15 lines of Lua below. The script is its slidingWindow script (same keys,
// same arithmetic, without dynamic limits), so both backends count alike and can share one Redis.
import { createHash } from "node:crypto";

import { createRedisClient } from "@/lib/redis/create-redis-client";

import { bucketTtlMs, RATE_LIMIT_KEY_PREFIX, rateLimitBucketKey, windowPosition } from "./sliding-window";
import type { RateLimiter, RateLimitPolicy } from "./types";

// KEYS: current bucket, previous bucket. ARGV: limit, now (ms), window (ms), bucket TTL (ms).
// Returns the requests left after counting this one, or -1 when refused (and then nothing is counted).
const SLIDING_WINDOW = `
local current = tonumber(redis.call("GET", KEYS[1]) or "0")
local previous = tonumber(redis.call("GET", KEYS[2]) or "0")
local limit = tonumber(ARGV[1])
local window = tonumber(ARGV[3])
local weighted = math.floor((1 - (tonumber(ARGV[2]) % window) / window) * previous)
if current + weighted >= limit then return -1 end
local n = redis.call("INCR", KEYS[1])
if n == 1 then redis.call("PEXPIRE", KEYS[1], ARGV[4]) end
return limit - (n + weighted)
`;
const SLIDING_WINDOW_SHA = createHash("sha1").update(SLIDING_WINDOW).digest("hex");

export interface TcpRedisRateLimiterOptions {
  url: string;
  prefix?: string;
  connectTimeoutMs?: number;
  /** For tests that walk through a window without waiting. Instances should share a clock (NTP). */
  now?: () => number;
}

export function createTcpRedisRateLimiter({
  url,
  prefix = RATE_LIMIT_KEY_PREFIX,
  connectTimeoutMs = 2_000,
  now = Date.now,
}: TcpRedisRateLimiterOptions): RateLimiter {
  // Its own connection, with the cache driver's profile: commands fail after one reconnect attempt while
  // Redis is down (the fail-open deadline answers callers before that), and no error is printed per retry.
  const redis = createRedisClient(url, "fail-fast", { connectTimeoutMs });

  const run = async (keys: [string, string], args: number[]): Promise<number> => {
    try {
      return Number(await redis.evalsha(SLIDING_WINDOW_SHA, 2, ...keys, ...args));
    } catch (error) {
      // First use on this Redis (or after SCRIPT FLUSH / a restart): send the body once, EVAL caches it.
      if (!String(error).includes("NOSCRIPT")) throw error;
      return Number(await redis.eval(SLIDING_WINDOW, 2, ...keys, ...args));
    }
  };

  return {
    kind: "redis",
    async limit(identifier: string, policy: RateLimitPolicy) {
      const at = now();
      const { bucket, resetMs } = windowPosition(at, policy.windowMs);
      const keys: [string, string] = [
        rateLimitBucketKey(prefix, policy.name, identifier, bucket),
        rateLimitBucketKey(prefix, policy.name, identifier, bucket - 1),
      ];
      const left = await run(keys, [policy.limit, at, policy.windowMs, bucketTtlMs(policy.windowMs)]);
      return { allowed: left >= 0, limit: policy.limit, remaining: Math.max(0, left), resetMs };
    },
    async peek(identifier: string, policy: RateLimitPolicy) {
      const at = now();
      const { bucket, previousWeight, resetMs } = windowPosition(at, policy.windowMs);
      const [current, previous] = await redis.mget(
        rateLimitBucketKey(prefix, policy.name, identifier, bucket),
        rateLimitBucketKey(prefix, policy.name, identifier, bucket - 1),
      );
      // The script's arithmetic, read-only.
      const used = Number(current ?? 0) + Math.floor(previousWeight * Number(previous ?? 0));
      return { allowed: used < policy.limit, limit: policy.limit, remaining: Math.max(0, policy.limit - used), resetMs };
    },
    async close() {
      redis.disconnect();
    },
  };
}
