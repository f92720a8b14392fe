// Search analytics: events from two instances through the real Redis list, rolled up per hour, written
// through the catalog write queue into a real SQLite file, and read back as the admin console will.
import { randomUUID } from "node:crypto";

import { Redis } from "ioredis";
import { NextRequest } from "next/server";
import { afterAll, describe, expect, it } from "vitest";

import { GET as search } from "@/app/api/games/search/route";
import { CatalogWriteQueue } from "@/lib/catalog-writes/catalog-write-queue";
import { closeCatalogWriteQueue, getCatalogWriteQueue } from "@/lib/catalog-writes/get-catalog-write-queue";
import { getCatalogDb } from "@/lib/catalog/db";
import { InProcessJobSystem } from "@/lib/jobs/in-process/in-process-job-system";
import { openRedis } from "@/lib/redis/open-redis";
import { readSearchAnalytics } from "@/lib/search-analytics/read-search-analytics";
import { rollUpSearchEvents } from "@/lib/search-analytics/roll-up-search-events";
import { getSearchEventLog, SearchEventLog } from "@/lib/search-analytics/search-event-log";
import { searchRollupJob } from "@/lib/search-analytics/search-rollup-job";
import type { SearchEvent } from "@/lib/search-analytics/types";

import { tempCatalog, until } from "../catalog-writes/write-fixtures";
import { TEST_REDIS_URL } from "../support/test-redis";

const HOUR = 3_600_000;
const key = `ql:test:search-events:${randomUUID()}`;
const redis = new Redis(TEST_REDIS_URL);
afterAll(async () => {
  await redis.del(key);
  redis.disconnect();
});

const event = (q: string, source: SearchEvent["source"], total: number, ms: number, at = Date.now()): SearchEvent => ({
  q,
  source,
  total,
  ms,
  at,
});

describe("rollUpSearchEvents", () => {
  it("counts searches and zero results per hour and query, and latency percentiles per source", () => {
    const at = Math.floor(Date.now() / HOUR) * HOUR + 1_000;
    const events = [
      ...Array.from({ length: 100 }, (_, i) => event("zelda", "database", 12, i + 1, at)),
      event("zelda", "database", 12, 5, at - HOUR),
      event("qqzzx", "igdb", 0, 300, at),
      event("qqzzx", "igdb", 0, 500, at),
    ];
    const rollup = rollUpSearchEvents("r1", events);
    expect(rollup.queries).toContainEqual({ hour: at - 1_000, query: "zelda", searches: 100, zeroResults: 0, totalMs: 5050 });
    expect(rollup.queries).toContainEqual({ hour: at - 1_000, query: "qqzzx", searches: 2, zeroResults: 2, totalMs: 800 });
    expect(rollup.queries.filter((q) => q.query === "zelda")).toHaveLength(2); // two hours
    const database = rollup.sources.find((s) => s.source === "database" && s.hour === at - 1_000)!;
    expect(database).toMatchObject({ searches: 100, p50Ms: 51, p95Ms: 96, maxMs: 100 });
  });
});

describe("recording", () => {
  it("records first pages of searches through the API, with source, total and time; not later pages", async () => {
    await getSearchEventLog().take(100_000); // whatever earlier tests in this worker searched
    const res = await search(new NextRequest("http://localhost/api/games/search?q=Super%20Mario%20Bros"), undefined);
    expect(res.status).toBe(200);
    await search(new NextRequest("http://localhost/api/games/search?q=Super%20Mario%20Bros&offset=20"), undefined);
    const events = await getSearchEventLog().take(100);
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ q: "super mario bros", source: "database" });
    expect(events[0]!.total).toBeGreaterThan(0);
  });
});

describe("the search.analytics-rollup job", () => {
  it("runs on the in-process job system and lands the rollup in this instance's catalog", async () => {
    const jobs = new InProcessJobSystem();
    await getCatalogWriteQueue().start();
    try {
      await getSearchEventLog().take(100_000);
      const query = `rollup probe ${randomUUID().slice(0, 8)}`;
      for (let i = 0; i < 3; i++) getSearchEventLog().record(event(query, "database", 0, 4));
      await jobs.startWorkers([searchRollupJob], { analytics: { concurrency: 1 } });
      const { id } = await jobs.enqueue(searchRollupJob, {});
      await until(async () => (await jobs.getJob(id))?.state === "completed", 10_000, "the rollup job");
      expect((await jobs.getJob(id))?.returnValue).toMatchObject({ events: 3, queries: 1, write: "applied" });
      expect(readSearchAnalytics(getCatalogDb(), 1).zeroResultQueries).toContainEqual(expect.objectContaining({ query, searches: 3 }));
    } finally {
      await jobs.close(1_000);
      await closeCatalogWriteQueue();
    }
  });
});

describe("search events → rollup → SQLite", () => {
  it("collects both instances' searches through Redis, and a redelivered rollup counts once", async () => {
    const instanceA = new SearchEventLog(openRedis(TEST_REDIS_URL, "test-a"), key);
    const instanceB = new SearchEventLog(openRedis(TEST_REDIS_URL, "test-b"), key);
    for (let i = 0; i < 30; i++) instanceA.record(event("mario", "cache", 40, 2));
    for (let i = 0; i < 10; i++) instanceB.record(event("mario", "database", 40, 8));
    for (let i = 0; i < 5; i++) instanceB.record(event("kombat rabbitz", "igdb", 0, 250));
    await Promise.all([instanceA.flush(), instanceB.flush()]);
    // Whichever instance runs the rollup takes everyone's events, once.
    const taken = await instanceA.take(10_000);
    expect(taken).toHaveLength(45);
    expect(await instanceB.take(10_000)).toHaveLength(0);

    const catalog = tempCatalog();
    const queue = new CatalogWriteQueue({ db: catalog.db, capacity: 100, ticketPrefix: "sa" });
    await queue.start();
    try {
      const rollup = rollUpSearchEvents(randomUUID(), taken);
      const statuses = await queue.write([
        { kind: "search.rollup", rollup },
        { kind: "search.rollup", rollup },
      ]);
      expect(statuses.map((s) => s.state)).toEqual(["applied", "applied"]);
      const analytics = readSearchAnalytics(catalog.db, 24);
      expect(analytics.topQueries[0]).toMatchObject({ query: "mario", searches: 40, zeroResults: 0 });
      expect(analytics.zeroResultQueries).toEqual([expect.objectContaining({ query: "kombat rabbitz", searches: 5 })]);
      const bySource = Object.fromEntries(analytics.bySource.map((s) => [s.source, s]));
      expect(bySource.cache).toMatchObject({ searches: 30, avgMs: 2 });
      expect(bySource.igdb).toMatchObject({ searches: 5, maxMs: 250 });
    } finally {
      await queue.close();
      catalog.cleanup();
      await Promise.all([instanceA.close(), instanceB.close()]);
    }
  });
});
