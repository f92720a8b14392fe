import type { CircuitStateName, RouteName } from "./types";

/** Raw figures at one moment, read back from the registry; two of them make a MetricsPoint. */
export interface MetricsSnapshot {
  t: number;
  /** Counter totals since the process started. */
  requests: Record<RouteName, number>;
  /** Sliding-window percentiles, ms; null when the route had no request in the window. */
  latency: Record<RouteName, { p50: number | null; p95: number | null }>;
  cache: { hits: number; misses: number };
  search: { cache: number; database: number; igdb: number; deduplicated: number };
  igdb: { calls: number; rateLimited: number; circuit: CircuitStateName | null };
  jobs: { perQueue: Record<string, number>; completedPerMin: number; deadLetters: number } | null;
  drainer: {
    depth: number;
    lagP99Ms: number | null;
    oldestWaitingMs: number | null;
    applied: number;
    dead: number;
    rejected: number;
  } | null;
}
