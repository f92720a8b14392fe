// A MetricsSnapshot with everything at zero, to change field by field in tests.
import type { MetricsSnapshot } from "@/lib/metrics/metrics-snapshot";

const zeroRoutes = { search_api: 0, search_page: 0, game_page: 0, game_api: 0, other: 0 };
const noLatency = { p50: null, p95: null };

export function snapshot(t: number, change: Partial<MetricsSnapshot> = {}): MetricsSnapshot {
  return {
    t,
    requests: { ...zeroRoutes },
    latency: { search_api: noLatency, search_page: noLatency, game_page: noLatency, game_api: noLatency, other: noLatency },
    cache: { hits: 0, misses: 0 },
    search: { cache: 0, database: 0, igdb: 0, deduplicated: 0 },
    igdb: { calls: 0, rateLimited: 0, circuit: null },
    jobs: null,
    drainer: null,
    ...change,
  };
}
