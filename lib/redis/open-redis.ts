// TCP Redis connections for the parts that need more than the cache facade: the catalog write stream
// (blocking reads need a connection of their own) and its producer. ioredis, the client BullMQ needs too.
import { Redis } from "ioredis";

export type RedisConnection = Redis;

export function openRedis(url: string, name: string, options: { blocking?: boolean } = {}): RedisConnection {
  const redis = new Redis(url, {
    connectionName: `questlog:${name}`,
    connectTimeout: 2_000,
    // A queue must not fail a command because Redis blinked: commands wait for the reconnect. Callers
    // bound their own waits (the producer's outbox, the drainer's retry loop).
    maxRetriesPerRequest: options.blocking ? null : 3,
    retryStrategy: (times: number) => Math.min(times * 200, 2_000),
  });
  // Errors surface on each command; without a listener ioredis would also print every reconnect attempt.
  redis.on("error", () => {});
  return redis;
}
