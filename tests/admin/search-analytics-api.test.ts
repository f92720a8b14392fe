// Search analytics for the console: rollups written through the real catalog write queue (lib/search-analytics)
// and read back through GET /api/admin/search-analytics; totals checked exactly on a catalog of their own.
import { randomUUID } from "node:crypto";

import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { GET as analyticsRoute } from "@/app/api/admin/search-analytics/route";
import { getSearchAnalyticsReport } from "@/lib/admin/search/get-search-analytics-report";
import { CatalogWriteQueue } from "@/lib/catalog-writes/catalog-write-queue";
import { closeCatalogWriteQueue, getCatalogWriteQueue } from "@/lib/catalog-writes/get-catalog-write-queue";
import { rollUpSearchEvents } from "@/lib/search-analytics/roll-up-search-events";
import type { SearchEvent } from "@/lib/search-analytics/types";

import { apiRequest, read, type Json } from "../auth/support/api-request";
import { tempCatalog } from "../catalog-writes/write-fixtures";
import { setTestEnv } from "../support/with-env";

const TOKEN = "search-analytics-admin-token-0123456789";
const headers = { authorization: `Bearer ${TOKEN}` };
const HOUR = 3_600_000;
const event = (q: string, source: SearchEvent["source"], total: number, ms: number, at = Date.now()): SearchEvent => ({
  q,
  source,
  total,
  ms,
  at,
});
const get = (query: string) => read(analyticsRoute(apiRequest(`/api/admin/search-analytics${query}`, { headers }), undefined));

describe("GET /api/admin/search-analytics", () => {
  const id = randomUUID().slice(0, 8);
  const popular = `popular ${id}`;
  const missing = `qqzx missing ${id}`;
  const old = `two days ago ${id}`;
  const recent = `fifty-nine minutes ago ${id}`;
  let restore: () => void;
  beforeAll(async () => {
    restore = setTestEnv({ ADMIN_API_TOKEN: TOKEN });
    await getCatalogWriteQueue().start();
    const events = [
      ...Array.from({ length: 6 }, () => event(popular, "cache", 30, 2)),
      ...Array.from({ length: 4 }, () => event(popular, "database", 30, 10)),
      event(missing, "igdb", 0, 400),
      event(missing, "igdb", 0, 600),
      event(old, "database", 0, 5, Date.now() - 48 * HOUR),
      event(recent, "database", 3, 5, Date.now() - 59 * 60_000),
    ];
    const [status] = await getCatalogWriteQueue().write([{ kind: "search.rollup", rollup: rollUpSearchEvents(randomUUID(), events) }]);
    expect(status?.state).toBe("applied");
  });
  afterAll(async () => {
    await closeCatalogWriteQueue();
    restore();
  });

  it("answers top queries, zero-result queries and latency by source from the rollups", async () => {
    const { status, body } = await get("?hours=24&limit=100");
    expect(status).toBe(200);
    expect(body.hours).toBe(24);
    expect((body.topQueries as Json[]).find((q) => q.query === popular)).toEqual({
      query: popular,
      searches: 10,
      zeroResults: 0,
      avgMs: 5.2,
    });
    expect((body.zeroResultQueries as Json[]).find((q) => q.query === missing)).toMatchObject({ searches: 2 });
    expect((body.zeroResultQueries as Json[]).some((q) => q.query === old)).toBe(false);
    const igdb = (body.bySource as Json[]).find((s) => s.source === "igdb")!;
    expect(igdb.maxMs).toBeGreaterThanOrEqual(600);
    // Other files share this catalog: totals hold at least this file's searches, and shares add up to one.
    expect(body.totals.searches).toBeGreaterThanOrEqual(12);
    expect(body.totals.zeroResults).toBeGreaterThanOrEqual(2);
    const shares = Object.values(body.totals.bySource as Record<string, number>);
    expect(shares.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 6);
  });

  it("counts the whole hourly bucket where the range starts: a search 59 minutes ago is in the last hour", async () => {
    const { body } = await get("?hours=1&limit=100");
    expect((body.topQueries as Json[]).find((q) => q.query === recent)).toMatchObject({ searches: 1 });
    expect(body.since % HOUR).toBe(0);
    expect(Date.now() - body.since).toBeGreaterThanOrEqual(HOUR);
    expect(Date.now() - body.since).toBeLessThan(2 * HOUR);
  });

  it("widens with the range: a query from two days ago appears within 72 hours, not 24", async () => {
    const wide = await get("?hours=72&limit=100");
    expect((wide.body.zeroResultQueries as Json[]).find((q) => q.query === old)).toMatchObject({ searches: 1 });
  });

  it("honours the limit and rejects hours outside 1–720 and bad limits (400)", async () => {
    expect(((await get("?hours=24&limit=1")).body.topQueries as Json[]).length).toBe(1);
    for (const query of ["?hours=0", "?hours=721", "?hours=abc", "?hours=1.5", "?limit=0", "?limit=101"]) {
      const res = await get(query);
      expect(res.status, query).toBe(400);
      expect(res.body.error.code).toBe("invalid_parameters");
    }
    expect((await read(analyticsRoute(apiRequest("/api/admin/search-analytics"), undefined))).status).toBe(401);
  });
});

describe("getSearchAnalyticsReport totals", () => {
  it("counts every search in range (not only the top list), the zero-result share and each source's share", async () => {
    const catalog = tempCatalog();
    const queue = new CatalogWriteQueue({ db: catalog.db, capacity: 100, ticketPrefix: "sar" });
    await queue.start();
    try {
      const empty = getSearchAnalyticsReport({ hours: 24, limit: 1 }, catalog.db);
      expect(empty.totals).toEqual({ searches: 0, zeroResults: 0, zeroResultShare: null, bySource: {} });
      const events = [
        ...Array.from({ length: 3 }, () => event("alpha", "cache", 5, 1)),
        event("beta", "database", 0, 4),
        event("gamma", "database", 0, 4),
        event("delta", "igdb", 2, 100, Date.now() - 30 * HOUR),
      ];
      await queue.write([{ kind: "search.rollup", rollup: rollUpSearchEvents(randomUUID(), events) }]);
      const report = getSearchAnalyticsReport({ hours: 24, limit: 1 }, catalog.db);
      expect(report.topQueries).toHaveLength(1);
      expect(report.totals).toEqual({ searches: 5, zeroResults: 2, zeroResultShare: 0.4, bySource: { cache: 0.6, database: 0.4 } });
    } finally {
      await queue.close();
      catalog.cleanup();
    }
  });
});
