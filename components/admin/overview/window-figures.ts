import type { MetricsPoint, RouteName } from "@/lib/metrics/types";

/** The tiles' "last minute" figures, summed from the points of the last 60 s. */
export interface WindowFigures {
  rate: (route: RouteName) => number | null;
  cacheHitRate: number | null;
  dedupeRatio: number | null;
  igdbCalls: number;
  igdbRateLimited: number;
}

const WINDOW_MS = 60_000;

export function windowFigures(points: readonly MetricsPoint[]): WindowFigures {
  const last = points.at(-1);
  const recent = last ? points.filter((p) => p.t > last.t - WINDOW_MS) : [];
  const sum = (pick: (p: MetricsPoint) => number) => recent.reduce((total, p) => total + pick(p), 0);
  const span = sum((p) => p.intervalMs);
  const hits = sum((p) => p.cache.hits);
  const lookups = hits + sum((p) => p.cache.misses);
  const searches = sum((p) => p.search.cache + p.search.database + p.search.igdb);
  return {
    rate: (route) => (span > 0 ? (sum((p) => p.routes[route].count) / span) * 1000 : null),
    cacheHitRate: lookups > 0 ? hits / lookups : null,
    dedupeRatio: searches > 0 ? sum((p) => p.search.deduplicated) / searches : null,
    igdbCalls: sum((p) => p.igdb.calls),
    igdbRateLimited: sum((p) => p.igdb.rateLimited),
  };
}
