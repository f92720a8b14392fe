// Redis down or slow must cost a miss, never an error: the facade's deadline and fallbacks.
import { describe, expect, it } from "vitest";

import { createTcpRedisDriver } from "@/lib/cache/drivers/tcp-redis-driver";
import { FailOpenCache } from "@/lib/cache/fail-open-cache";
import type { CacheDriver } from "@/lib/cache/types";

const never = () => new Promise<never>(() => {});

describe("FailOpenCache", () => {
  it("answers misses at once when Redis is unreachable, and counts the errors", async () => {
    const driver = createTcpRedisDriver({ url: "redis://127.0.0.1:1", connectTimeoutMs: 200 });
    const cache = new FailOpenCache(driver, 100);
    expect(await cache.get("k")).toBeNull();
    expect(await cache.set("k", "v")).toBe(false);
    expect(await cache.increment("n")).toBeNull();
    expect(await cache.subscribe("c", () => {})).toBeNull();
    expect(cache.stats.errors + cache.stats.timeouts).toBe(4);
    await expect(cache.ping()).rejects.toThrow();
    await cache.close();
  });

  it("gives up on a slow Redis at the deadline", async () => {
    const slow = { kind: "redis", get: never, set: never, ttl: never } as unknown as CacheDriver;
    const cache = new FailOpenCache(slow, 50);
    expect(await cache.get("k")).toBeNull();
    expect(await cache.ttl("k")).toBe(-2);
    expect(cache.stats.timeouts).toBe(2);
    expect(cache.stats.lastError).toMatch(/ttl: no answer within 50 ms/);
  });
});
