import type { MetricsSnapshot } from "./metrics-snapshot";
import { ROUTE_NAMES, type LiveSample, type MetricsPoint, type MetricsTotals, type RouteName } from "./types";

// A counter that went down means the process restarted its count (tests, a reset): count from zero.
const delta = (now: number, before: number) => (now >= before ? now - before : now);
const ratio = (part: number, whole: number) => (whole > 0 ? Math.round((part / whole) * 10_000) / 10_000 : null);

/**
 * The overview point between two snapshots: counts and rates over the interval, the rest as of `current`.
 *
 * @example
 * computePoint(previous, await readMetricsSnapshot(registry)).routes.search_api.rate // searches/s
 */
export function computePoint(previous: MetricsSnapshot, current: MetricsSnapshot): MetricsPoint {
  const intervalMs = Math.max(1, current.t - previous.t);
  const routes = Object.fromEntries(
    ROUTE_NAMES.map((route) => {
      const count = delta(current.requests[route], previous.requests[route]);
      return [route, { count, rate: Math.round((count / intervalMs) * 1000 * 1000) / 1000, ...current.latency[route] }];
    }),
  ) as MetricsPoint["routes"];
  const hits = delta(current.cache.hits, previous.cache.hits);
  const misses = delta(current.cache.misses, previous.cache.misses);
  const sources = {
    cache: delta(current.search.cache, previous.search.cache),
    database: delta(current.search.database, previous.search.database),
    igdb: delta(current.search.igdb, previous.search.igdb),
  };
  const deduplicated = delta(current.search.deduplicated, previous.search.deduplicated);
  const { jobs, drainer } = current;
  return {
    t: current.t,
    intervalMs,
    routes,
    cache: { hits, misses, hitRate: ratio(hits, hits + misses) },
    search: { ...sources, deduplicated, dedupeRatio: ratio(deduplicated, sources.cache + sources.database + sources.igdb) },
    igdb: {
      calls: delta(current.igdb.calls, previous.igdb.calls),
      rateLimited: delta(current.igdb.rateLimited, previous.igdb.rateLimited),
      circuit: current.igdb.circuit,
    },
    queues: jobs
      ? { depth: Object.values(jobs.perQueue).reduce((a, b) => a + b, 0), perQueue: jobs.perQueue, completedPerMin: jobs.completedPerMin }
      : null,
    drainer: drainer ? { depth: drainer.depth, lagP99Ms: drainer.lagP99Ms, oldestWaitingMs: drainer.oldestWaitingMs } : null,
  };
}

/** The absolute figures of one snapshot. */
export function totalsOf(snapshot: MetricsSnapshot): MetricsTotals {
  const { search, drainer, jobs } = snapshot;
  return {
    requests: { ...snapshot.requests } as Record<RouteName, number>,
    searches: snapshot.requests.search_api,
    searchSources: { cache: search.cache, database: search.database, igdb: search.igdb },
    deduplicated: search.deduplicated,
    cache: { ...snapshot.cache },
    igdb: { calls: snapshot.igdb.calls, rateLimited: snapshot.igdb.rateLimited },
    drainer: drainer ? { applied: drainer.applied, dead: drainer.dead, rejected: drainer.rejected } : null,
    jobs: jobs ? { deadLetters: jobs.deadLetters } : null,
  };
}

/** A point (when there is an earlier snapshot) and the totals, as the stream sends them. */
export function liveSample(previous: MetricsSnapshot | null, current: MetricsSnapshot): LiveSample {
  return { point: previous ? computePoint(previous, current) : null, totals: totalsOf(current) };
}
