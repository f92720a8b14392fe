// The contract against all three backends; the Redis ones against the real Redis the test command starts.
import { randomUUID } from "node:crypto";

import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { createMemoryRateLimiter } from "@/lib/cache/rate-limit/create-memory-rate-limiter";
import { createTcpRedisRateLimiter } from "@/lib/cache/rate-limit/create-tcp-redis-rate-limiter";
import { createUpstashRateLimiter } from "@/lib/cache/rate-limit/create-upstash-rate-limiter";

import { TEST_REDIS_URL } from "../support/test-redis";
import { startUpstashBridge, type UpstashBridge } from "../support/upstash-rest-bridge";
import { awayFromBucketEdge, describeRateLimiter } from "./rate-limiter-contract";

describeRateLimiter("memory", async () => {
  const limiter = createMemoryRateLimiter();
  return { limiter, close: () => limiter.close() };
});

describeRateLimiter("redis", async (prefix) => {
  const limiter = createTcpRedisRateLimiter({ url: TEST_REDIS_URL, prefix });
  return { limiter, close: () => limiter.close() };
});

describeRateLimiter("upstash", async (prefix) => {
  const bridge = await startUpstashBridge({ redisUrl: TEST_REDIS_URL });
  const limiter = createUpstashRateLimiter({ url: bridge.url, token: bridge.token, prefix });
  return {
    limiter,
    close: async () => {
      await limiter.close();
      await bridge.close();
    },
  };
});

describe("TCP Redis and Upstash backends", () => {
  let bridge: UpstashBridge;
  beforeAll(async () => {
    bridge = await startUpstashBridge({ redisUrl: TEST_REDIS_URL });
  });
  afterAll(async () => {
    await bridge.close();
  });

  it("share one count on one Redis: same keys, same algorithm (@upstash/ratelimit's and our Lua script)", async () => {
    const prefix = `test:rl:${randomUUID()}`;
    const tcp = createTcpRedisRateLimiter({ url: TEST_REDIS_URL, prefix });
    const upstash = createUpstashRateLimiter({ url: bridge.url, token: bridge.token, prefix });
    const policy = { name: "shared", limit: 4, windowMs: 10_000 };
    const client = randomUUID();
    try {
      await awayFromBucketEdge(policy.windowMs, 2_000);
      expect(await tcp.limit(client, policy)).toMatchObject({ allowed: true, remaining: 3 });
      expect(await upstash.limit(client, policy)).toMatchObject({ allowed: true, remaining: 2 });
      expect(await tcp.limit(client, policy)).toMatchObject({ allowed: true, remaining: 1 });
      expect(await upstash.limit(client, policy)).toMatchObject({ allowed: true, remaining: 0 });
      expect((await tcp.limit(client, policy)).allowed).toBe(false);
      expect((await upstash.limit(client, policy)).allowed).toBe(false);
    } finally {
      await Promise.all([tcp.close(), upstash.close()]);
    }
  });
});
