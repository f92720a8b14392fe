// Redis down or slow must let requests through, counted and logged, never refuse them or throw.
import { randomUUID } from "node:crypto";

import { afterEach, describe, expect, it, vi } from "vitest";

import { checkRateLimit, getRateLimiter, resetRateLimiterForTests } from "@/lib/cache/rate-limit/check-rate-limit";
import { createTcpRedisRateLimiter } from "@/lib/cache/rate-limit/create-tcp-redis-rate-limiter";
import { FailOpenRateLimiter } from "@/lib/cache/rate-limit/fail-open-rate-limiter";
import type { RateLimiter } from "@/lib/cache/rate-limit/types";
import { logger } from "@/lib/log/logger";

import { TEST_REDIS_URL } from "../support/test-redis";
import { startUpstashBridge } from "../support/upstash-rest-bridge";
import { withEnv } from "../support/with-env";

const policy = { name: "fail-open", limit: 1, windowMs: 10_000 };
const NO_BACKEND = { REDIS_URL: "", UPSTASH_REDIS_REST_URL: "", UPSTASH_REDIS_REST_TOKEN: "" };
// A generous deadline where a test is about which backend is picked: on a loaded machine a first Lua call over
// a new connection can outlast the 250 ms default and fail open (what the tests below are about).
const PATIENT = { CACHE_TIMEOUT_MS: "5000" };

afterEach(async () => {
  await resetRateLimiterForTests();
  vi.restoreAllMocks();
});

describe("checkRateLimit", () => {
  it("picks the backend from configuration: REDIS_URL wins, then Upstash, else in-process", async () => {
    const bridge = await startUpstashBridge({ redisUrl: TEST_REDIS_URL });
    const upstash = { UPSTASH_REDIS_REST_URL: bridge.url, UPSTASH_REDIS_REST_TOKEN: bridge.token };
    try {
      const kinds = [];
      for (const vars of [
        { ...NO_BACKEND, ...PATIENT },
        { ...NO_BACKEND, ...upstash, ...PATIENT },
        { ...upstash, REDIS_URL: TEST_REDIS_URL, ...PATIENT },
      ]) {
        kinds.push(
          await withEnv(vars, async () => {
            await resetRateLimiterForTests();
            const client = randomUUID();
            expect((await checkRateLimit(client, policy)).allowed).toBe(true);
            expect((await checkRateLimit(client, policy)).allowed).toBe(false);
            expect(getRateLimiter().stats).toMatchObject({ allowed: 1, refused: 1, failedOpen: 0 });
            return getRateLimiter().kind;
          }),
        );
      }
      expect(kinds).toEqual(["memory", "upstash", "redis"]);
    } finally {
      await resetRateLimiterForTests();
      await bridge.close();
    }
  });

  it("allows every request while REDIS_URL is unreachable, counts them, and logs once per burst", async () => {
    const warn = vi.spyOn(logger, "warn").mockImplementation(() => {});
    await withEnv({ ...NO_BACKEND, REDIS_URL: "redis://127.0.0.1:1" }, async () => {
      const client = randomUUID();
      for (let i = 0; i < 3; i++) {
        expect(await checkRateLimit(client, policy)).toMatchObject({ allowed: true, limit: 1, failedOpen: true });
      }
      const { stats, kind } = getRateLimiter();
      expect(kind).toBe("redis");
      expect(stats).toMatchObject({ allowed: 0, refused: 0, failedOpen: 3 });
      expect(stats.errors + stats.timeouts).toBe(3);
      expect(stats.lastError).toMatch(/^fail-open: /);
    });
    expect(warn).toHaveBeenCalledTimes(1);
    expect(warn.mock.calls[0]?.[1]).toMatch(/rate limiter unavailable/);
  });

  it("allows requests while Upstash is unreachable, and counts them", async () => {
    vi.spyOn(logger, "warn").mockImplementation(() => {});
    await withEnv({ ...NO_BACKEND, UPSTASH_REDIS_REST_URL: "http://127.0.0.1:1", UPSTASH_REDIS_REST_TOKEN: "t" }, async () => {
      const client = randomUUID();
      expect(await checkRateLimit(client, policy)).toMatchObject({ allowed: true, failedOpen: true });
      expect(await checkRateLimit(client, policy)).toMatchObject({ allowed: true, failedOpen: true });
      expect(getRateLimiter().kind).toBe("upstash");
      expect(getRateLimiter().stats).toMatchObject({ failedOpen: 2, refused: 0 });
    });
  });
});

describe("FailOpenRateLimiter", () => {
  it("gives up on a backend that does not answer at the deadline, and allows", async () => {
    vi.spyOn(logger, "warn").mockImplementation(() => {});
    const silent: RateLimiter = {
      kind: "redis",
      limit: () => new Promise(() => {}),
      peek: () => new Promise(() => {}),
      close: async () => {},
    };
    const limiter = new FailOpenRateLimiter(silent, 50);
    expect(await limiter.limit("client", policy)).toEqual({ allowed: true, limit: 1, remaining: 1, resetMs: 0, failedOpen: true });
    expect(limiter.stats).toMatchObject({ timeouts: 1, errors: 0, failedOpen: 1 });
    expect(limiter.stats.lastError).toMatch(/no answer within 50 ms/);
  });

  it("counts in this process's memory instead of allowing when asked to (the auth limits), also for peeks", async () => {
    vi.spyOn(logger, "warn").mockImplementation(() => {});
    const down: RateLimiter = {
      kind: "redis",
      limit: () => Promise.reject(new Error("ECONNREFUSED")),
      peek: () => Promise.reject(new Error("ECONNREFUSED")),
      close: async () => {},
    };
    const limiter = new FailOpenRateLimiter(down, 50);
    const strict = { whenDown: "memory" } as const;
    expect(await limiter.peek("victim", policy, strict)).toMatchObject({ allowed: true, degraded: true });
    expect(await limiter.limit("victim", policy, strict)).toMatchObject({ allowed: true, degraded: true });
    expect(await limiter.limit("victim", policy, strict)).toMatchObject({ allowed: false, degraded: true });
    expect(await limiter.peek("victim", policy, strict)).toMatchObject({ allowed: false, degraded: true });
    // The API's default still fails open.
    expect(await limiter.limit("victim", policy)).toMatchObject({ allowed: true, failedOpen: true });
    expect(limiter.stats).toMatchObject({ fellBack: 4, failedOpen: 1, allowed: 1, refused: 1 });
  });

  it("meters again once Redis answers", async () => {
    // Same process, a limiter whose Redis is up: no fail-open result, the limit applies.
    const limiter = new FailOpenRateLimiter(createTcpRedisRateLimiter({ url: TEST_REDIS_URL, prefix: `test:rl:${randomUUID()}` }), 250);
    try {
      const client = randomUUID();
      expect(await limiter.limit(client, policy)).not.toHaveProperty("failedOpen");
      expect((await limiter.limit(client, policy)).allowed).toBe(false);
      expect(limiter.stats).toMatchObject({ allowed: 1, refused: 1, failedOpen: 0 });
    } finally {
      await limiter.close();
    }
  });
});
