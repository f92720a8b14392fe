// Shapes shared by the metrics history, the overview API and the overview page (types only: safe to
// import from client components).

/** Where an HTTP request went, for rates and latency (lib/metrics/classify-route.ts). */
export const ROUTE_NAMES = ["search_api", "search_page", "game_page", "game_api", "other"] as const;
export type RouteName = (typeof ROUTE_NAMES)[number];

export type CircuitStateName = "closed" | "half_open" | "open";

/** One sample of the overview: figures over the interval since the previous sample, latency over the last minute. */
export interface MetricsPoint {
  /** Sample time, ms since the epoch. */
  t: number;
  /** Length of the interval the counts cover, ms. */
  intervalMs: number;
  /** Per route: requests in the interval, their rate (req/s), and p50/p95 server time (ms) over the last minute (null: none). */
  routes: Record<RouteName, { count: number; rate: number; p50: number | null; p95: number | null }>;
  /** Cache lookups in the interval (fresh and stale hits count as hits); hitRate 0..1, null without lookups. */
  cache: { hits: number; misses: number; hitRate: number | null };
  /** Searches answered in the interval by source; dedupeRatio = deduplicated / searches (0..1, null without searches). */
  search: { cache: number; database: number; igdb: number; deduplicated: number; dedupeRatio: number | null };
  /** IGDB HTTP requests and 429 answers in the interval; circuit null while this process has no IGDB connection. */
  igdb: { calls: number; rateLimited: number; circuit: CircuitStateName | null };
  /** Jobs waiting + active + delayed, summed and per queue; jobs completed in the last minute. Null: stats unavailable. */
  queues: { depth: number; perQueue: Record<string, number>; completedPerMin: number } | null;
  /** Catalog writes not yet applied, and enqueue → applied lag p99 (ms) of the last 1,000. Null: no write queue. */
  drainer: { depth: number; lagP99Ms: number | null; oldestWaitingMs: number | null } | null;
}

/** Absolute figures since this process started (counters), for tiles that count up. */
export interface MetricsTotals {
  requests: Record<RouteName, number>;
  /** Requests to the search API (GET /api/games/search), every status. */
  searches: number;
  searchSources: { cache: number; database: number; igdb: number };
  deduplicated: number;
  cache: { hits: number; misses: number };
  igdb: { calls: number; rateLimited: number };
  drainer: { applied: number; dead: number; rejected: number } | null;
  jobs: { deadLetters: number } | null;
}

/** What the overview stream sends as `event: point`, and the overview API's `current`. */
export interface LiveSample {
  point: MetricsPoint | null;
  totals: MetricsTotals;
}

/** GET /api/admin/overview. */
export interface OverviewResponse {
  current: LiveSample;
  /** Oldest first, one point every sampleIntervalMs, at most an hour. */
  history: MetricsPoint[];
  sampleIntervalMs: number;
  historyLimit: number;
}
