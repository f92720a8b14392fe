// UPSTASH_REDIS_REST_URL/TOKEN: Redis over HTTP with @upstash/redis, usable where TCP is not (edge
// runtimes, proxy.ts). Values are stored as plain strings: automatic JSON (de)serialisation is off so all
// three drivers read back exactly what was written.
import { Redis } from "@upstash/redis";

import type { CacheDriver, SetOptions } from "../types";
import { COMPARE_AND_DELETE, INCREMENT_WITH_TTL } from "./lua-scripts";
import { parseRedisInfo } from "./parse-redis-info";

export interface UpstashDriverOptions {
  url: string;
  token: string;
}

export function createUpstashDriver({ url, token }: UpstashDriverOptions): CacheDriver {
  // No client-side retries: the facade's timeout and fail-open decide what a slow Redis costs a request.
  const redis = new Redis({ url, token, automaticDeserialization: false, enableTelemetry: false, retry: false });

  return {
    kind: "upstash",
    get: (key) => redis.get<string>(key),
    async set(key, value, options: SetOptions = {}) {
      const ttl = options.ttlMs !== undefined ? { px: Math.max(1, Math.round(options.ttlMs)) } : {};
      const reply = options.onlyIfAbsent ? await redis.set(key, value, { ...ttl, nx: true }) : await redis.set(key, value, ttl);
      return reply === "OK";
    },
    delete: async (keys) => (keys.length === 0 ? 0 : redis.del(...keys)),
    async compareAndDelete(key, expected) {
      return Number(await redis.eval(COMPARE_AND_DELETE, [key], [expected])) === 1;
    },
    async increment(key, ttlMs = 0) {
      return Number(await redis.eval(INCREMENT_WITH_TTL, [key], [Math.round(ttlMs)]));
    },
    ttl: (key) => redis.pttl(key),
    async addToSet(key, members, ttlMs) {
      if (members.length === 0) return;
      const tx = redis.multi();
      tx.sadd(key, members[0]!, ...members.slice(1));
      if (ttlMs !== undefined) tx.pexpire(key, Math.round(ttlMs));
      await tx.exec();
    },
    setMembers: (key) => redis.smembers(key),
    async scanKeys(pattern, limit = 10_000) {
      const found: string[] = [];
      let cursor: string | number = "0";
      do {
        const [next, keys]: [string | number, string[]] = await redis.scan(cursor, { match: pattern, count: 500 });
        found.push(...keys);
        cursor = next;
      } while (String(cursor) !== "0" && found.length < limit);
      return found.slice(0, limit);
    },
    async publish(channel, message) {
      await redis.publish(channel, message);
    },
    async subscribe(channel, onMessage) {
      const subscriber = redis.subscribe<string>(channel);
      await new Promise<void>((resolve, reject) => {
        subscriber.on("subscribe", () => resolve());
        subscriber.on("error", (error) => reject(error));
      });
      subscriber.on("message", ({ message }) => onMessage(String(message)));
      return async () => {
        subscriber.removeAllListeners();
        await subscriber.unsubscribe().catch(() => {});
      };
    },
    runScript: (script, keys, args) => redis.eval(script, [...keys], [...args]),
    async info() {
      const keys = await redis.dbsize();
      // INFO goes through the REST API like any command; a plan or proxy that refuses it still leaves DBSIZE.
      const text = await redis.exec<string>(["INFO"]).catch(() => "");
      return parseRedisInfo(String(text), keys);
    },
    keyType: (key) => redis.type(key),
    async ping() {
      await redis.ping();
    },
    async close() {},
  };
}
