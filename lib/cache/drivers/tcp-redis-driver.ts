// REDIS_URL: self-hosted Redis, Valkey, or Upstash's TCP endpoint, through ioredis (maintained, cluster-
// and sentinel-capable, the client BullMQ requires anyway, so one library serves cache and queues).
import type { Redis } from "ioredis";

import { createRedisClient } from "@/lib/redis/create-redis-client";

import type { CacheDriver, SetOptions } from "../types";
import { COMPARE_AND_DELETE, INCREMENT_WITH_TTL } from "./lua-scripts";
import { parseRedisInfo } from "./parse-redis-info";

export interface TcpDriverOptions {
  url: string;
  /** Fail a command instead of queueing it forever while disconnected; the facade then fails open. */
  connectTimeoutMs?: number;
}

export function createTcpRedisDriver({ url, connectTimeoutMs = 2_000 }: TcpDriverOptions): CacheDriver {
  // Fail fast (lib/redis/create-redis-client.ts): callers never wait long, the facade's deadline answers first.
  const redis = createRedisClient(url, "fail-fast", { connectTimeoutMs });
  let subscriber: Redis | null = null;
  const handlers = new Map<string, Set<(message: string) => void>>();

  const subscriberConnection = (): Redis => {
    if (subscriber) return subscriber;
    subscriber = createRedisClient(url, "fail-fast", { connectTimeoutMs });
    subscriber.on("message", (channel: string, message: string) => {
      for (const handler of handlers.get(channel) ?? []) handler(message);
    });
    return subscriber;
  };

  return {
    kind: "redis",
    get: (key) => redis.get(key),
    async set(key, value, options: SetOptions = {}) {
      const args: Array<string | number> = [];
      if (options.ttlMs !== undefined) args.push("PX", Math.max(1, Math.round(options.ttlMs)));
      if (options.onlyIfAbsent) args.push("NX");
      const reply = await redis.call("SET", key, value, ...args);
      return reply === "OK";
    },
    delete: async (keys) => (keys.length === 0 ? 0 : redis.del(...keys)),
    async compareAndDelete(key, expected) {
      return (await redis.eval(COMPARE_AND_DELETE, 1, key, expected)) === 1;
    },
    async increment(key, ttlMs = 0) {
      return Number(await redis.eval(INCREMENT_WITH_TTL, 1, key, Math.round(ttlMs)));
    },
    ttl: (key) => redis.pttl(key),
    async addToSet(key, members, ttlMs) {
      if (members.length === 0) return;
      const pipeline = redis.multi().sadd(key, ...members);
      if (ttlMs !== undefined) pipeline.pexpire(key, Math.round(ttlMs));
      await pipeline.exec();
    },
    setMembers: (key) => redis.smembers(key),
    async scanKeys(pattern, limit = 10_000) {
      const found: string[] = [];
      let cursor = "0";
      do {
        const [next, keys] = await redis.scan(cursor, "MATCH", pattern, "COUNT", 500);
        found.push(...keys);
        cursor = next;
      } while (cursor !== "0" && found.length < limit);
      return found.slice(0, limit);
    },
    async publish(channel, message) {
      await redis.publish(channel, message);
    },
    async subscribe(channel, onMessage) {
      const connection = subscriberConnection();
      let set = handlers.get(channel);
      if (!set) {
        set = new Set();
        handlers.set(channel, set);
        await connection.subscribe(channel);
      }
      set.add(onMessage);
      return async () => {
        set.delete(onMessage);
        if (set.size === 0) {
          handlers.delete(channel);
          await connection.unsubscribe(channel).catch(() => {});
        }
      };
    },
    runScript: (script, keys, args) => redis.eval(script, keys.length, ...keys, ...args),
    async info() {
      const [memory, stats, keys] = await Promise.all([redis.info("memory"), redis.info("stats"), redis.dbsize()]);
      return parseRedisInfo(`${memory}\n${stats}`, keys);
    },
    keyType: (key) => redis.type(key),
    async ping() {
      await redis.ping();
    },
    async close() {
      redis.disconnect();
      subscriber?.disconnect();
    },
  };
}
