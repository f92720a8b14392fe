import { describe, expect, it } from "vitest";

import { computePoint, liveSample, totalsOf } from "@/lib/metrics/compute-point";

import { snapshot } from "./snapshot-fixture";

describe("computePoint", () => {
  it("turns counter deltas into counts and per-second rates over the interval", () => {
    const before = snapshot(10_000, { requests: { search_api: 100, search_page: 5, game_page: 40, game_api: 0, other: 7 } });
    const after = snapshot(15_000, {
      requests: { search_api: 125, search_page: 5, game_page: 50, game_api: 2, other: 7 },
      latency: { ...before.latency, search_api: { p50: 3.5, p95: 12.25 } },
    });
    const point = computePoint(before, after);
    expect(point.t).toBe(15_000);
    expect(point.intervalMs).toBe(5_000);
    expect(point.routes.search_api).toEqual({ count: 25, rate: 5, p50: 3.5, p95: 12.25 });
    expect(point.routes.game_page).toMatchObject({ count: 10, rate: 2, p50: null, p95: null });
    expect(point.routes.game_api.rate).toBe(0.4);
    expect(point.routes.other.count).toBe(0);
  });

  it("computes the cache hit rate and the dedupe ratio over the interval, null when nothing happened", () => {
    const before = snapshot(0, { cache: { hits: 10, misses: 10 }, search: { cache: 3, database: 4, igdb: 1, deduplicated: 0 } });
    const after = snapshot(2_000, { cache: { hits: 13, misses: 11 }, search: { cache: 6, database: 4, igdb: 2, deduplicated: 2 } });
    const point = computePoint(before, after);
    expect(point.cache).toEqual({ hits: 3, misses: 1, hitRate: 0.75 });
    expect(point.search).toEqual({ cache: 3, database: 0, igdb: 1, deduplicated: 2, dedupeRatio: 0.5 });
    const quiet = computePoint(after, snapshot(4_000, { cache: after.cache, search: after.search }));
    expect(quiet.cache.hitRate).toBeNull();
    expect(quiet.search.dedupeRatio).toBeNull();
  });

  it("reports IGDB calls and 429s of the interval with the current circuit, and queue depth summed over queues", () => {
    const before = snapshot(0, { igdb: { calls: 50, rateLimited: 2, circuit: "closed" } });
    const after = snapshot(5_000, {
      igdb: { calls: 58, rateLimited: 5, circuit: "open" },
      jobs: { perQueue: { catalog: 3, email: 1 }, completedPerMin: 12, deadLetters: 1 },
      drainer: { depth: 40, lagP99Ms: 85, oldestWaitingMs: 30, applied: 900, dead: 1, rejected: 0 },
    });
    const point = computePoint(before, after);
    expect(point.igdb).toEqual({ calls: 8, rateLimited: 3, circuit: "open" });
    expect(point.queues).toEqual({ depth: 4, perQueue: { catalog: 3, email: 1 }, completedPerMin: 12 });
    expect(point.drainer).toEqual({ depth: 40, lagP99Ms: 85, oldestWaitingMs: 30 });
    expect(computePoint(after, snapshot(6_000)).queues).toBeNull();
  });

  it("counts from zero when a counter went backwards (a reset), instead of a negative rate", () => {
    const before = snapshot(0, { requests: { search_api: 500, search_page: 0, game_page: 0, game_api: 0, other: 0 } });
    const after = snapshot(1_000, { requests: { search_api: 3, search_page: 0, game_page: 0, game_api: 0, other: 0 } });
    expect(computePoint(before, after).routes.search_api).toMatchObject({ count: 3, rate: 3 });
  });
});

describe("totalsOf and liveSample", () => {
  it("gives absolute totals, searches being the search API's requests", () => {
    const now = snapshot(1_000, {
      requests: { search_api: 42, search_page: 1, game_page: 2, game_api: 3, other: 4 },
      search: { cache: 10, database: 30, igdb: 2, deduplicated: 5 },
      igdb: { calls: 9, rateLimited: 1, circuit: "closed" },
    });
    const totals = totalsOf(now);
    expect(totals.searches).toBe(42);
    expect(totals.searchSources).toEqual({ cache: 10, database: 30, igdb: 2 });
    expect(totals.deduplicated).toBe(5);
    expect(totals.igdb).toEqual({ calls: 9, rateLimited: 1 });
    expect(totals.drainer).toBeNull();
    expect(liveSample(null, now).point).toBeNull();
    expect(liveSample(snapshot(0), now).point?.routes.search_api.count).toBe(42);
  });
});
