// Named TCP Redis connections for the parts that need more than the cache facade: the catalog write stream
// (blocking reads need a connection of their own), its producer, and the search event log.
import type { Redis } from "ioredis";

import { createRedisClient } from "./create-redis-client";

export type RedisConnection = Redis;

export function openRedis(url: string, name: string, options: { blocking?: boolean } = {}): RedisConnection {
  // Blocking reads wait as long as Redis is away; other commands retry three times, then fail to the caller.
  return createRedisClient(url, "queueing", { name, maxRetriesPerRequest: options.blocking ? null : 3 });
}
