// Search analytics stay bounded: anyone can search for anything, and every
// distinct query used to add a row forever. Each rollup keeps at most MAX_QUERY_ROWS_PER_ROLLUP query rows
// (the rest folded into one, totals intact), and writing a rollup deletes rows past the retention.
import { afterEach, describe, expect, it } from "vitest";

import { writeSearchRollup } from "@/lib/catalog/write-search-rollup";
import { MAX_QUERY_ROWS_PER_ROLLUP, OTHER_QUERIES, rollUpSearchEvents } from "@/lib/search-analytics/roll-up-search-events";
import type { SearchEvent } from "@/lib/search-analytics/types";

import { tempCatalog } from "../catalog-writes/write-fixtures";

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const hourStart = Math.floor(Date.now() / HOUR) * HOUR;
const event = (q: string, total: number, at = hourStart + 1_000): SearchEvent => ({ q, source: "igdb", total, ms: 10, at });

let cleanup: (() => void) | undefined;
afterEach(() => cleanup?.());

describe("rollUpSearchEvents under a flood of distinct queries", () => {
  it(`keeps at most ${MAX_QUERY_ROWS_PER_ROLLUP} query rows, the most searched first, and the totals`, () => {
    const flood = Array.from({ length: 5_000 }, (_, i) => event(`garbage ${i}`, 0));
    const popular = Array.from({ length: 30 }, () => event("zelda", 12));
    const rollup = rollUpSearchEvents("r1", [...flood, ...popular]);
    expect(rollup.queries.length).toBeLessThanOrEqual(MAX_QUERY_ROWS_PER_ROLLUP);
    expect(rollup.queries[0]).toMatchObject({ query: "zelda", searches: 30 });
    expect(rollup.queries.find((q) => q.query === OTHER_QUERIES)).toMatchObject({
      searches: 5_000 - (MAX_QUERY_ROWS_PER_ROLLUP - 2),
      zeroResults: 5_000 - (MAX_QUERY_ROWS_PER_ROLLUP - 2),
    });
    expect(rollup.queries.reduce((sum, q) => sum + q.searches, 0)).toBe(5_030);
  });

  it("leaves a normal rollup as it was", () => {
    expect(
      rollUpSearchEvents("r2", [event("zelda", 3), event("mario", 0)])
        .queries.map((q) => q.query)
        .sort(),
    ).toEqual(["mario", "zelda"]);
  });
});

describe("writeSearchRollup retention", () => {
  it("deletes query and source rows of hours before pruneBefore, on the replica it writes to", () => {
    const catalog = tempCatalog();
    cleanup = catalog.cleanup;
    const old = hourStart - 40 * DAY;
    writeSearchRollup(catalog.db, rollUpSearchEvents("old", [event("ancient", 1, old + 1_000)]));
    writeSearchRollup(catalog.db, rollUpSearchEvents("new", [event("recent", 1)], Date.now() - 30 * DAY));
    const queries = catalog.db.prepare("SELECT query FROM search_query_stats ORDER BY query").pluck().all();
    const sourceHours = catalog.db.prepare("SELECT hour FROM search_source_stats").pluck().all();
    expect(queries).toEqual(["recent"]);
    expect(sourceHours).toEqual([hourStart]);
  });
});
