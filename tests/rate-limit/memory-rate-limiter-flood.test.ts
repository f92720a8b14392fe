// The in-process limiter under a flood of invented identities: it stays bounded,
// but a flood on one policy never evicts another policy's counters, and auth counters refuse newcomers rather
// than forget a guesser's count. Also peek(), which the failed-sign-in check uses.
import { describe, expect, it } from "vitest";

import { createMemoryRateLimiter } from "@/lib/cache/rate-limit/create-memory-rate-limiter";
import type { RateLimitPolicy } from "@/lib/cache/rate-limit/types";

const search: RateLimitPolicy = { name: "search", limit: 60, windowMs: 10_000 };
const failures: RateLimitPolicy = { name: "sign-in-failures", limit: 5, windowMs: 60_000, whenFull: "refuse" };
const clients: RateLimitPolicy = { name: "sign-in", limit: 20, windowMs: 600_000 };

async function exhaust(limiter: ReturnType<typeof createMemoryRateLimiter>, identifier: string, policy: RateLimitPolicy) {
  for (let i = 0; i < policy.limit; i++) expect((await limiter.limit(identifier, policy)).allowed).toBe(true);
  expect((await limiter.limit(identifier, policy)).allowed).toBe(false);
}

describe("createMemoryRateLimiter under a flood", () => {
  it("keeps a victim's sign-in counter through a flood of forged identities on another policy", async () => {
    const limiter = createMemoryRateLimiter({ maxEntries: 1_000, now: () => 1_000 });
    await exhaust(limiter, "email:victim", failures);
    for (let i = 0; i < 5_000; i++) await limiter.limit(`198.18.${i >> 8}.${i & 255}`, search);
    expect((await limiter.limit("email:victim", failures)).allowed).toBe(false);
  });

  it("refuses new identities of a refuse-when-full policy instead of evicting the ones it counts", async () => {
    const limiter = createMemoryRateLimiter({ maxEntries: 100, now: () => 1_000 });
    await exhaust(limiter, "email:victim", failures);
    const newcomers = [];
    for (let i = 0; i < 500; i++) newcomers.push((await limiter.limit(`email:forged-${i}`, failures)).allowed);
    expect(newcomers.filter(Boolean)).toHaveLength(99);
    expect((await limiter.limit("email:victim", failures)).allowed).toBe(false);
  });

  it("still evicts the oldest counters of other policies, so memory stays bounded", async () => {
    const limiter = createMemoryRateLimiter({ maxEntries: 100, now: () => 1_000 });
    await exhaust(limiter, "203.0.113.1", clients);
    for (let i = 0; i < 200; i++) await limiter.limit(`198.18.0.${i}`, clients);
    expect((await limiter.limit("203.0.113.1", clients)).allowed).toBe(true);
  });

  it("frees room for newcomers once counters expire", async () => {
    let now = 1_000;
    const limiter = createMemoryRateLimiter({ maxEntries: 10, now: () => now });
    for (let i = 0; i < 10; i++) await limiter.limit(`email:${i}`, failures);
    expect((await limiter.limit("email:late", failures)).allowed).toBe(false);
    now += 3 * failures.windowMs;
    expect((await limiter.limit("email:late", failures)).allowed).toBe(true);
  });
});

describe("peek", () => {
  it("says whether one more would pass without counting it", async () => {
    const limiter = createMemoryRateLimiter({ now: () => 1_000 });
    for (let i = 0; i < 10; i++) expect(await limiter.peek("email:a", failures)).toMatchObject({ allowed: true, remaining: 5 });
    await exhaust(limiter, "email:a", failures);
    expect(await limiter.peek("email:a", failures)).toMatchObject({ allowed: false, remaining: 0 });
  });
});
