// One behavioural contract, run against every backend (in-process, TCP Redis, Upstash REST through the bridge
// to the same real Redis): what one limiter does, all do.
import { randomUUID } from "node:crypto";

import { afterAll, beforeAll, describe, expect, it } from "vitest";

import type { RateLimiter, RateLimitPolicy } from "@/lib/cache/rate-limit/types";

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * Waits for the start of a fresh bucket when fewer than `marginMs` of the current one are left, so a burst
 * does not straddle two buckets (where the previous bucket's count is already weighted down).
 */
export async function awayFromBucketEdge(windowMs: number, marginMs: number): Promise<void> {
  const left = windowMs - (Date.now() % windowMs);
  if (left < marginMs) await sleep(left + 20);
}

export interface OpenedLimiter {
  limiter: RateLimiter;
  close: () => Promise<void>;
}

export function describeRateLimiter(name: string, open: (prefix: string) => Promise<OpenedLimiter>) {
  describe(`rate limiter: ${name}`, () => {
    let limiter: RateLimiter;
    let close: () => Promise<void>;
    // Keys are unique per run, and expire on their own (two windows), so the long-lived Redis keeps nothing.
    const prefix = `test:rl:${randomUUID()}`;
    const policy = (limit: number, windowMs: number): RateLimitPolicy => ({ name: `p${limit}-${windowMs}`, limit, windowMs });

    beforeAll(async () => {
      ({ limiter, close } = await open(prefix));
    });
    afterAll(async () => {
      await close();
    });

    it("refuses the (limit+1)-th request within the window with remaining 0 and a reset ahead", async () => {
      const p = policy(5, 10_000);
      await awayFromBucketEdge(p.windowMs, 2_000);
      const client = randomUUID();
      const remaining: number[] = [];
      for (let i = 0; i < 5; i++) {
        const result = await limiter.limit(client, p);
        expect(result.allowed).toBe(true);
        remaining.push(result.remaining);
      }
      expect(remaining).toEqual([4, 3, 2, 1, 0]);
      const refused = await limiter.limit(client, p);
      expect(refused).toMatchObject({ allowed: false, limit: 5, remaining: 0 });
      expect(refused.resetMs).toBeGreaterThan(0);
      expect(refused.resetMs).toBeLessThanOrEqual(p.windowMs);
      // Refused requests are not counted, and do not lift the block either.
      expect((await limiter.limit(client, p)).allowed).toBe(false);
    });

    it("peeks without counting: allowed until the limit is used up, then not", async () => {
      const p = policy(3, 10_000);
      await awayFromBucketEdge(p.windowMs, 2_000);
      const client = randomUUID();
      for (let i = 0; i < 4; i++) expect(await limiter.peek(client, p)).toMatchObject({ allowed: true, limit: 3 });
      for (let i = 0; i < 3; i++) expect((await limiter.limit(client, p)).allowed).toBe(true);
      expect(await limiter.peek(client, p)).toMatchObject({ allowed: false, remaining: 0 });
    });

    it("allows the client again once the window has slid on, fully after two windows", async () => {
      const p = policy(3, 1_000);
      await awayFromBucketEdge(p.windowMs, p.windowMs); // start of a bucket
      const client = randomUUID();
      for (let i = 0; i < 3; i++) expect((await limiter.limit(client, p)).allowed).toBe(true);
      const refused = await limiter.limit(client, p);
      expect(refused.allowed).toBe(false);

      await sleep(refused.resetMs + 50);
      // The previous bucket's 3 requests now weigh less than 3: capacity is back, if not all of it.
      const again = await limiter.limit(client, p);
      expect(again.allowed).toBe(true);
      expect(again.remaining).toBeLessThan(2);

      await sleep(2 * p.windowMs);
      expect(await limiter.limit(client, p)).toMatchObject({ allowed: true, remaining: 2 });
    });

    it("counts two clients, and two policies, independently", async () => {
      const p = policy(2, 10_000);
      const other = { ...p, name: `${p.name}-other` };
      await awayFromBucketEdge(p.windowMs, 2_000);
      const [a, b] = [randomUUID(), randomUUID()];
      await limiter.limit(a, p);
      await limiter.limit(a, p);
      expect((await limiter.limit(a, p)).allowed).toBe(false);
      expect(await limiter.limit(b, p)).toMatchObject({ allowed: true, remaining: 1 });
      expect(await limiter.limit(a, other)).toMatchObject({ allowed: true, remaining: 1 });
    });

    it("keeps counting right under concurrent requests", async () => {
      const p = policy(10, 10_000);
      await awayFromBucketEdge(p.windowMs, 2_000);
      const client = randomUUID();
      const results = await Promise.all(Array.from({ length: 25 }, () => limiter.limit(client, p)));
      expect(results.filter((r) => r.allowed)).toHaveLength(10);
      expect(
        results
          .filter((r) => r.allowed)
          .map((r) => r.remaining)
          .sort((x, y) => x - y),
      ).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
    });
  });
}
