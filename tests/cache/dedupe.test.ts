// The dedupe lock across "instances" (separate facades on one real Redis, as separate processes would
// have): one leader, woken waiters, a leader killed mid-flight, and Redis gone.
import { randomUUID } from "node:crypto";

import { afterAll, describe, expect, it, vi } from "vitest";

import { dedupe, dedupeStats } from "@/lib/cache/dedupe";
import { createTcpRedisDriver } from "@/lib/cache/drivers/tcp-redis-driver";
import { FailOpenCache } from "@/lib/cache/fail-open-cache";
import { cacheKeys } from "@/lib/cache/keys";

import { TEST_REDIS_URL } from "../support/test-redis";

const instances = [0, 1, 2].map(() => new FailOpenCache(createTcpRedisDriver({ url: TEST_REDIS_URL }), 500));
const [a, b, c] = instances as [FailOpenCache, FailOpenCache, FailOpenCache];
afterAll(() => Promise.all(instances.map((i) => i.close())));

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

function job(cache: FailOpenCache, key: string, counter: { computed: number }, ms = 200) {
  const resultKey = `${key}:result`;
  return {
    compute: async () => {
      counter.computed++;
      await sleep(ms);
      const value = `answer-${counter.computed}`;
      await cache.set(resultKey, value, { ttlMs: 60_000 });
      return value;
    },
    read: () => cache.get(resultKey),
  };
}

describe("dedupe", () => {
  it("computes once for 60 concurrent callers spread over three instances; waiters say so", async () => {
    const key = `test:dedupe:${randomUUID()}`;
    const counter = { computed: 0 };
    const results = await Promise.all(
      Array.from({ length: 60 }, (_, i) => {
        const cache = instances[i % 3]!;
        return dedupe(cache, key, job(cache, key, counter));
      }),
    );
    expect(counter.computed).toBe(1);
    expect(new Set(results.map((r) => r.value))).toEqual(new Set(["answer-1"]));
    expect(results.filter((r) => !r.deduplicated)).toHaveLength(1);
    // Released by its owner, just after its callers have the value (the release does not hold them up).
    await vi.waitFor(async () => expect(await a.get(cacheKeys.lock(key))).toBeNull());
  });

  it("takes over from a leader that died holding the lock, with exactly one new leader", async () => {
    const key = `test:dedupe:${randomUUID()}`;
    // A leader on a crashed instance: it took the lock and will never publish or release it.
    expect(await c.acquire(cacheKeys.lock(key), "dead-leader", 400)).toBe("acquired");
    const counter = { computed: 0 };
    const before = dedupeStats.takeovers;
    const results = await Promise.all([a, b, a, b].map((cache) => dedupe(cache, key, job(cache, key, counter, 50))));
    expect(counter.computed).toBe(1);
    expect(dedupeStats.takeovers - before).toBe(1);
    expect(results.map((r) => r.value)).toEqual(Array(4).fill("answer-1"));
  });

  it("gives a waiter on another instance the leader's stored answer, marked deduplicated", async () => {
    const key = `test:dedupe:${randomUUID()}`;
    const counter = { computed: 0 };
    const leader = dedupe(a, key, job(a, key, counter, 300));
    await sleep(20);
    const waiter = dedupe(b, key, job(b, key, counter));
    const [l, w] = await Promise.all([leader, waiter]);
    expect(l).toEqual({ value: "answer-1", deduplicated: false });
    expect(w).toEqual({ value: "answer-1", deduplicated: true });
  });

  it("computes at once, without waiting, when Redis is unreachable", async () => {
    const down = new FailOpenCache(createTcpRedisDriver({ url: "redis://127.0.0.1:1", connectTimeoutMs: 100 }), 100);
    const counter = { computed: 0 };
    const key = `test:dedupe:${randomUUID()}`;
    const results = await Promise.all(
      [1, 2, 3].map(() => dedupe(down, key, { compute: async () => ++counter.computed, read: async () => null })),
    );
    expect(counter.computed).toBe(1); // the in-process single flight still holds
    expect(results.map((r) => r.value)).toEqual([1, 1, 1]);
    await down.close();
  });
});
