// The sliding window's arithmetic on a controlled clock, for the backends that implement it themselves: the
// in-process limiter and the Lua script on the real Redis must agree step by step.
import { randomUUID } from "node:crypto";

import { describe, expect, it } from "vitest";

import { createMemoryRateLimiter } from "@/lib/cache/rate-limit/create-memory-rate-limiter";
import { createTcpRedisRateLimiter } from "@/lib/cache/rate-limit/create-tcp-redis-rate-limiter";
import type { RateLimiter } from "@/lib/cache/rate-limit/types";

import { TEST_REDIS_URL } from "../support/test-redis";

const WINDOW = 10_000;
const policy = { name: "clocked", limit: 10, windowMs: WINDOW };

const backends: Array<[string, (now: () => number) => RateLimiter]> = [
  ["memory", (now) => createMemoryRateLimiter({ now })],
  ["redis", (now) => createTcpRedisRateLimiter({ url: TEST_REDIS_URL, prefix: `test:rl:${randomUUID()}`, now })],
];

describe.each(backends)("sliding window (%s)", (_name, create) => {
  it("weighs the previous bucket by how much of the window still overlaps it", async () => {
    // Bucket boundaries of the real Redis clock do not matter here: the script takes "now" from us. Keys expire
    // relative to Redis' own clock, so the simulated time stays within their lifetime (two windows + 1 s).
    const start = Math.floor(Date.now() / WINDOW) * WINDOW;
    let clock = start + 9_000; // 90 % into bucket k
    const limiter = create(() => clock);
    const client = randomUUID();
    try {
      for (let i = 0; i < 10; i++) await limiter.limit(client, policy);
      expect(await limiter.limit(client, policy)).toMatchObject({ allowed: false, remaining: 0, resetMs: 1_000 });

      // 25 % into bucket k+1: 75 % of the 10 previous requests still count → floor(7.5) = 7, so 3 are free.
      clock = start + WINDOW + 2_500;
      expect(await limiter.limit(client, policy)).toMatchObject({ allowed: true, remaining: 2, resetMs: 7_500 });
      await limiter.limit(client, policy);
      expect(await limiter.limit(client, policy)).toMatchObject({ allowed: true, remaining: 0 });
      expect((await limiter.limit(client, policy)).allowed).toBe(false);

      // 75 % into k+1: floor(0.25 × 10) = 2 plus the 3 of this bucket → 5 free, 4 left after this one.
      clock = start + WINDOW + 7_500;
      expect(await limiter.limit(client, policy)).toMatchObject({ allowed: true, remaining: 4 });
    } finally {
      await limiter.close();
    }
  });

  it("forgets a client two buckets later", async () => {
    const start = Math.floor(Date.now() / WINDOW) * WINDOW;
    let clock = start + 1_000;
    const limiter = create(() => clock);
    const client = randomUUID();
    try {
      for (let i = 0; i < 11; i++) await limiter.limit(client, policy);
      clock = start + 2 * WINDOW + 1;
      expect(await limiter.limit(client, policy)).toMatchObject({ allowed: true, remaining: 9 });
    } finally {
      await limiter.close();
    }
  });
});

describe("in-process limiter memory", () => {
  it("stays within its entry bound when clients invent identities", async () => {
    const limiter = createMemoryRateLimiter({ maxEntries: 100 });
    for (let i = 0; i < 1_000; i++) await limiter.limit(`forged-${i}`, policy);
    // The bound holds: the earliest identities were dropped, so they start over.
    expect(await limiter.limit("forged-0", policy)).toMatchObject({ allowed: true, remaining: 9 });
    expect(await limiter.limit("forged-999", policy)).toMatchObject({ allowed: true, remaining: 8 });
  });
});
