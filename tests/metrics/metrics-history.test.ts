// The history sampler reads the prom-client registry back (collectors and all) into overview points.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";

import { cacheStats } from "@/lib/cache/cache-stats";
import { closeCatalogWriteQueue, getCatalogWriteQueue } from "@/lib/catalog-writes/get-catalog-write-queue";
import { closeJobSystem, getJobSystem } from "@/lib/jobs/get-job-system";
import { getMetricsHistory, HISTORY_LIMIT, resetMetricsHistory, sampleMetricsHistory } from "@/lib/metrics/metrics-history";
import { recordSearch } from "@/lib/metrics/search-stats";

import { setTestEnv } from "../support/with-env";

let restore: () => void;
beforeAll(() => {
  restore = setTestEnv({ REDIS_URL: "", UPSTASH_REDIS_REST_URL: "", UPSTASH_REDIS_REST_TOKEN: "" });
});
afterAll(async () => {
  resetMetricsHistory();
  await closeJobSystem(1_000);
  await closeCatalogWriteQueue(1_000);
  restore();
});
beforeEach(() => resetMetricsHistory());

describe("sampleMetricsHistory", () => {
  it("makes no point from the first sample, then one per sample from the registry's counters", async () => {
    expect(await sampleMetricsHistory(1_000)).toBeNull();
    recordSearch({ source: "igdb" });
    recordSearch({ source: "cache", deduplicated: true });
    recordSearch({ source: "database" });
    recordSearch({ source: "database", deduplicated: true });
    cacheStats.search.hits += 2;
    cacheStats.game.staleHits += 1;
    cacheStats.search.misses += 1;
    const point = await sampleMetricsHistory(6_000);
    expect(point).not.toBeNull();
    expect(point!.intervalMs).toBe(5_000);
    expect(point!.search).toEqual({ cache: 1, database: 2, igdb: 1, deduplicated: 2, dedupeRatio: 0.5 });
    expect(point!.cache).toEqual({ hits: 3, misses: 1, hitRate: 0.75 });
    expect(getMetricsHistory()).toEqual([point]);
  });

  it("reports queues and the drainer once they exist, without creating them", async () => {
    await sampleMetricsHistory(1_000);
    const before = await sampleMetricsHistory(6_000);
    expect(before!.queues).toBeNull();
    expect(before!.drainer).toBeNull();
    await getJobSystem().startWorkers([], {});
    getCatalogWriteQueue();
    // The collectors reuse a read for 2 s; the next sample is taken after that.
    await new Promise((resolve) => setTimeout(resolve, 2_100));
    const after = await sampleMetricsHistory(11_000);
    expect(after!.queues).toEqual({ depth: 0, perQueue: {}, completedPerMin: 0 });
    expect(after!.drainer).toMatchObject({ depth: 0, lagP99Ms: null });
  });

  it("keeps an hour of points (720), dropping the oldest", async () => {
    for (let i = 0; i <= HISTORY_LIMIT + 5; i++) await sampleMetricsHistory(i * 5_000);
    const history = getMetricsHistory();
    expect(history).toHaveLength(HISTORY_LIMIT);
    expect(history[0]!.t).toBe(6 * 5_000);
    expect(history.at(-1)!.t).toBe((HISTORY_LIMIT + 5) * 5_000);
  });
});
