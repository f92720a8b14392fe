// Two "instances" (separate clients and cache facades) sharing one real Redis and one stand-in: one
// token between them, and IGDB's 4/s budget held across both, as the stand-in counts it.
import { afterAll, beforeAll, expect, it } from "vitest";

import { createTcpRedisDriver } from "@/lib/cache/drivers/tcp-redis-driver";
import { FailOpenCache } from "@/lib/cache/fail-open-cache";
import { createSharedRequestLimiter } from "@/lib/catalog-sync/shared-request-limiter";
import { createSharedTokenStore } from "@/lib/catalog-sync/shared-token-store";
import type { IgdbStandin } from "@/standins/igdb";

import { TEST_REDIS_URL } from "../support/test-redis";
import { clientFor, control, startStandin, stats } from "./standin-fixture";

let standin: IgdbStandin;
const caches = [0, 1].map(() => new FailOpenCache(createTcpRedisDriver({ url: TEST_REDIS_URL }), 500));

beforeAll(async () => {
  standin = await startStandin();
  // Earlier runs on this long-lived Redis must not lend us their token or slots.
  await caches[0]!.delete(["ql:igdb:token", "ql:igdb:token-mint", "ql:igdb:slots"]);
});
afterAll(async () => {
  await Promise.all(caches.map((c) => c.close()));
  await standin.close();
});

it("shares one token and one 4/s budget between instances", async () => {
  await control(standin, "config", { latencyMs: 100 });
  await control(standin, "stats/reset", {});
  const clients = caches.map((cache) =>
    clientFor(standin, { tokenStore: createSharedTokenStore(cache), limiter: createSharedRequestLimiter(cache) }),
  );
  const results = await Promise.all(
    Array.from({ length: 24 }, (_, i) => clients[i % 2]!.query("games", `fields name; where id = ${i + 1};`)),
  );
  expect(results.every((r) => r.rows.length === 1)).toBe(true);
  const s = await stats(standin);
  expect(s.requests).toBe(24);
  expect(s.tokensMinted).toBe(1);
  expect(s.maxPerSecond).toBeLessThanOrEqual(4);
  expect(s.maxOpen).toBeLessThanOrEqual(8);
  expect(s.rejected429).toBe(0);
}, 60_000);
