// Events → hourly rows: per normalised query (searches, zero-result searches, time spent) and per source
// (volume and latency percentiles, exact within the events of one rollup run).
import type { SearchEvent, SearchRollup, SearchSource } from "./types";

const HOUR_MS = 3_600_000;

function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
}

export function rollUpSearchEvents(rollupId: string, events: readonly SearchEvent[]): SearchRollup {
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
  return { rollupId, queries: [...queries.values()], sources };
}
