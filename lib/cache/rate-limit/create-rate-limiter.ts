// Picks the backend as create-cache-driver.ts picks the cache driver: REDIS_URL (TCP) wins; Upstash REST
// when only it is set; in-process when nothing is configured.
import type { ServerEnv } from "@/lib/env";

import { createMemoryRateLimiter } from "./create-memory-rate-limiter";
import { createTcpRedisRateLimiter } from "./create-tcp-redis-rate-limiter";
import { createUpstashRateLimiter } from "./create-upstash-rate-limiter";
import type { RateLimiter } from "./types";

export type RateLimitConfig = Pick<ServerEnv, "REDIS_URL" | "UPSTASH_REDIS_REST_URL" | "UPSTASH_REDIS_REST_TOKEN">;

export function createRateLimiter(config: RateLimitConfig, options: { prefix?: string } = {}): RateLimiter {
  if (config.REDIS_URL) return createTcpRedisRateLimiter({ url: config.REDIS_URL, prefix: options.prefix });
  if (config.UPSTASH_REDIS_REST_URL && config.UPSTASH_REDIS_REST_TOKEN) {
    return createUpstashRateLimiter({ url: config.UPSTASH_REDIS_REST_URL, token: config.UPSTASH_REDIS_REST_TOKEN, prefix: options.prefix });
  }
  return createMemoryRateLimiter();
}
