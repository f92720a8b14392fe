// Picks the driver from configuration: REDIS_URL (TCP) wins in Node; Upstash REST when only it is set
// (and always where TCP is impossible, e.g. edge code); in-memory when nothing is configured.
import type { ServerEnv } from "@/lib/env";

import { createMemoryDriver } from "./drivers/memory-driver";
import { createTcpRedisDriver } from "./drivers/tcp-redis-driver";
import { createUpstashDriver } from "./drivers/upstash-driver";
import type { CacheDriver } from "./types";

export type CacheConfig = Pick<ServerEnv, "REDIS_URL" | "UPSTASH_REDIS_REST_URL" | "UPSTASH_REDIS_REST_TOKEN">;

export function createCacheDriver(config: CacheConfig, options: { tcpAvailable?: boolean } = {}): CacheDriver {
  const tcpAvailable = options.tcpAvailable ?? true;
  if (config.REDIS_URL && tcpAvailable) return createTcpRedisDriver({ url: config.REDIS_URL });
  if (config.UPSTASH_REDIS_REST_URL && config.UPSTASH_REDIS_REST_TOKEN) {
    return createUpstashDriver({ url: config.UPSTASH_REDIS_REST_URL, token: config.UPSTASH_REDIS_REST_TOKEN });
  }
  return createMemoryDriver();
}
