// Events → hourly rows: per normalised query (searches, zero-result searches, time spent) and per source
// (volume and latency percentiles, exact within the events of one rollup run).
import type { SearchRollup, SearchSource } from "@/lib/catalog/search-rollup";

import type { SearchEvent } from "./types";

const HOUR_MS = 3_600_000;
/**
 * Query rows one rollup (a minute of searches) may add: anyone can search for anything, so without a cap a
 * flood of distinct queries becomes as many rows. The most searched keep their own rows; the rest of each
 * hour is folded into one OTHER_QUERIES row, so totals stay right. At most 200 rows a minute, with 30 days of
 * retention (SEARCH_ANALYTICS_RETENTION_DAYS), bounds the table at about 8.6 million rows whatever comes in.
 */
export const MAX_QUERY_ROWS_PER_ROLLUP = 200;
export const OTHER_QUERIES = "(other queries)";

function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
}

/** `pruneBefore` (ms epoch, an hour): rows of earlier hours are deleted where the rollup is written. */
export function rollUpSearchEvents(rollupId: string, events: readonly SearchEvent[], pruneBefore?: number): SearchRollup {
  const queries = new Map<string, SearchRollup["queries"][number]>();
  const latencies = new Map<string, { hour: number; source: SearchSource; ms: number[] }>();
  for (const e of events) {
    const hour = Math.floor(e.at / HOUR_MS) * HOUR_MS;
    const qKey = `${hour}|${e.q}`;
    const row = queries.get(qKey) ?? { hour, query: e.q, searches: 0, zeroResults: 0, totalMs: 0 };
    row.searches++;
    row.totalMs += e.ms;
    if (e.total === 0) row.zeroResults++;
    queries.set(qKey, row);
    const sKey = `${hour}|${e.source}`;
    const bucket = latencies.get(sKey) ?? { hour, source: e.source, ms: [] };
    bucket.ms.push(e.ms);
    latencies.set(sKey, bucket);
  }
  const sources = [...latencies.values()].map(({ hour, source, ms }) => {
    const sorted = ms.sort((a, b) => a - b);
    return {
      hour,
      source,
      searches: sorted.length,
      totalMs: sorted.reduce((sum, v) => sum + v, 0),
      p50Ms: percentile(sorted, 50),
      p95Ms: percentile(sorted, 95),
      maxMs: sorted.at(-1) ?? 0,
    };
  });
  return { rollupId, queries: capQueryRows([...queries.values()]), sources, ...(pruneBefore === undefined ? {} : { pruneBefore }) };
}

function capQueryRows(rows: SearchRollup["queries"]): SearchRollup["queries"] {
  if (rows.length <= MAX_QUERY_ROWS_PER_ROLLUP) return rows;
  const ranked = [...rows].sort((a, b) => b.searches - a.searches || b.zeroResults - a.zeroResults || a.query.localeCompare(b.query));
  const kept = ranked.slice(0, MAX_QUERY_ROWS_PER_ROLLUP - 1);
  const others = new Map<number, SearchRollup["queries"][number]>();
  for (const row of ranked.slice(kept.length)) {
    const other = others.get(row.hour) ?? { hour: row.hour, query: OTHER_QUERIES, searches: 0, zeroResults: 0, totalMs: 0 };
    other.searches += row.searches;
    other.zeroResults += row.zeroResults;
    other.totalMs += row.totalMs;
    others.set(row.hour, other);
  }
  // A rollup spans an hour boundary at most once: at most two "other" rows, so the cap holds within one.
  return [...kept, ...others.values()].slice(0, MAX_QUERY_ROWS_PER_ROLLUP + 1);
}
