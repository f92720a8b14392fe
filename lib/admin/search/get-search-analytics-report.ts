import "server-only";

import { getCatalogDb } from "@/lib/catalog/db";
import type { CatalogDatabase } from "@/lib/catalog/open-catalog-database";
import { readSearchAnalytics } from "@/lib/search-analytics/read-search-analytics";

import type { SearchAnalyticsQuery, SearchAnalyticsReport } from "./schemas";

/**
 * What /admin/search shows: the rolled-up hourly analytics of this instance's replica (every replica holds the
 * same rows: they arrive through the catalog write queue) with totals over the whole range, not only the
 * top-N lists.
 */
export function getSearchAnalyticsReport(
  { hours, limit }: SearchAnalyticsQuery,
  db: CatalogDatabase = getCatalogDb(),
): SearchAnalyticsReport {
  const analytics = readSearchAnalytics(db, hours, limit);
  const sums = db
    .prepare(
      "SELECT coalesce(sum(searches), 0) AS searches, coalesce(sum(zero_results), 0) AS zeroResults FROM search_query_stats WHERE hour >= ?",
    )
    .get(analytics.since) as { searches: number; zeroResults: number };
  const sourced = analytics.bySource.reduce((n, s) => n + s.searches, 0);
  return {
    hours,
    ...analytics,
    totals: {
      searches: sums.searches,
      zeroResults: sums.zeroResults,
      zeroResultShare: sums.searches > 0 ? sums.zeroResults / sums.searches : null,
      bySource: Object.fromEntries(analytics.bySource.map((s) => [s.source, sourced > 0 ? s.searches / sourced : 0])),
    },
    generatedAt: new Date().toISOString(),
  };
}
