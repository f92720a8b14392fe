// What the admin console shows: top queries, zero-result queries (the list that drives catalog fixes)
// and latency by source, over the last N hours.
import type { CatalogDatabase } from "@/lib/catalog/open-catalog-database";

export interface SearchAnalytics {
  since: number;
  topQueries: Array<{ query: string; searches: number; zeroResults: number; avgMs: number }>;
  zeroResultQueries: Array<{ query: string; searches: number; lastHour: number }>;
  bySource: Array<{ source: string; searches: number; avgMs: number; p95Ms: number; maxMs: number }>;
}

const HOUR = 3_600_000;

export function readSearchAnalytics(db: CatalogDatabase, hours = 24, limit = 20): SearchAnalytics {
  // Rows are hourly buckets keyed by the hour's start. The window starts at the start of the bucket holding
  // "hours ago", so it covers at least the hours asked for (up to one more): "the last hour" at 10:05 is
  // 09:00 onwards, not the five minutes since 10:00. `since` says where it really starts.
  const since = Math.floor((Date.now() - hours * HOUR) / HOUR) * HOUR;
  const topQueries = db
    .prepare(
      `SELECT query, sum(searches) AS searches, sum(zero_results) AS zeroResults, sum(total_ms) / sum(searches) AS avgMs
              FROM search_query_stats WHERE hour >= ? GROUP BY query ORDER BY searches DESC, query LIMIT ?`,
    )
    .all(since, limit) as SearchAnalytics["topQueries"];
  const zeroResultQueries = db
    .prepare(
      `SELECT query, sum(zero_results) AS searches, max(hour) AS lastHour FROM search_query_stats
              WHERE hour >= ? GROUP BY query HAVING sum(zero_results) > 0 ORDER BY searches DESC, query LIMIT ?`,
    )
    .all(since, limit) as SearchAnalytics["zeroResultQueries"];
  // p95 across hours: the busiest hours weigh most; an approximation that never understates the worst hour's max.
  const bySource = db
    .prepare(
      `SELECT source, sum(searches) AS searches, sum(total_ms) / sum(searches) AS avgMs,
                     sum(p95_ms * searches) / sum(searches) AS p95Ms, max(max_ms) AS maxMs
              FROM search_source_stats WHERE hour >= ? GROUP BY source ORDER BY searches DESC`,
    )
    .all(since) as SearchAnalytics["bySource"];
  return { since, topQueries, zeroResultQueries, bySource };
}
