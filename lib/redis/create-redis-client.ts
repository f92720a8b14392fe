// The one place the app makes an ioredis client (self-hosted Redis, Valkey, or Upstash's TCP endpoint; the
// client BullMQ requires, so one library serves cache, rate limits, streams and queues). Two profiles:
// - "fail-fast": the cache, the rate limiter, job producers. Commands issued while (re)connecting wait in
//   ioredis' queue, which is flushed with errors after one failed reconnect attempt, so it stays bounded while
//   Redis is down; callers' own deadlines (the fail-open facades) answer before that.
// - "queueing": the catalog write stream and job consumers. A queue must not fail a command because Redis
//   blinked: commands wait for the reconnect (maxRetriesPerRequest: null, which BullMQ's blocking commands
//   require). Callers bound their own waits (the producer's outbox, the drainer's retry loop).
import { Redis, type RedisOptions } from "ioredis";

export type RedisProfile = "fail-fast" | "queueing";

export interface RedisClientOptions {
  /** Shown by CLIENT LIST as `questlog:<name>`. */
  name?: string;
  connectTimeoutMs?: number;
  /** The profile's retries per command, overridden (a producer that may wait a little longer). */
  maxRetriesPerRequest?: number | null;
  /** Errors surface on each command; by default nothing else is said (ioredis would print every reconnect). */
  onError?: (error: Error) => void;
  onReady?: () => void;
}

const retryStrategy = (times: number) => Math.min(times * 200, 2_000);

const PROFILES: Record<RedisProfile, RedisOptions> = {
  "fail-fast": { connectTimeout: 2_000, enableOfflineQueue: true, maxRetriesPerRequest: 1, retryStrategy },
  queueing: { connectTimeout: 2_000, enableOfflineQueue: true, maxRetriesPerRequest: null, retryStrategy },
};

export function createRedisClient(url: string, profile: RedisProfile, options: RedisClientOptions = {}): Redis {
  const redis = new Redis(url, {
    ...PROFILES[profile],
    ...(options.name === undefined ? {} : { connectionName: `questlog:${options.name}` }),
    ...(options.connectTimeoutMs === undefined ? {} : { connectTimeout: options.connectTimeoutMs }),
    ...(options.maxRetriesPerRequest === undefined ? {} : { maxRetriesPerRequest: options.maxRetriesPerRequest }),
  });
  redis.on("error", options.onError ?? (() => {}));
  if (options.onReady) redis.on("ready", options.onReady);
  return redis;
}
