import "server-only";

import type { MetricValue, Registry } from "prom-client";

import { CIRCUIT_CODES, METRIC } from "./metric-names";
import type { MetricsSnapshot } from "./metrics-snapshot";
import { ROUTE_NAMES, type CircuitStateName, type RouteName } from "./types";

type Values = ReadonlyArray<MetricValue<string> & { metricName?: string }>;
type Where = Record<string, string | number>;

const matches = (v: MetricValue<string>, where: Where) => Object.entries(where).every(([k, want]) => String(v.labels[k]) === String(want));
const sum = (values: Values, where: Where = {}) => values.filter((v) => matches(v, where)).reduce((total, v) => total + v.value, 0);
const circuitOf = (code: number): CircuitStateName =>
  (Object.entries(CIRCUIT_CODES).find(([, c]) => c === code)?.[0] ?? "closed") as CircuitStateName;
// A summary reports 0 for an empty window; a real request never takes 0 s.
const ms = (seconds: number | undefined) => (seconds ? Math.round(seconds * 100_000) / 100 : null);

/**
 * Reads our metrics back from the registry (their collect() callbacks run), so the overview shows exactly
 * the figures /api/metrics exposes. Never throws for an unavailable dependency: those collectors fail open.
 */
export async function readMetricsSnapshot(registry: Registry, now = Date.now()): Promise<MetricsSnapshot> {
  const names = Object.values(METRIC);
  const read = await Promise.all(names.map(async (name) => [name, (await registry.getSingleMetric(name)?.get())?.values ?? []] as const));
  const values = new Map<string, Values>(read);
  const of = (name: string): Values => values.get(name) ?? [];
  const duration = of(METRIC.httpDuration).filter((v) => !v.metricName || v.metricName === METRIC.httpDuration);
  const quantile = (route: RouteName, q: number) =>
    duration.find((v) => v.labels.route === route && Number(v.labels.quantile) === q)?.value;
  const requests = Object.fromEntries(ROUTE_NAMES.map((r) => [r, sum(of(METRIC.httpRequests), { route: r })])) as Record<RouteName, number>;
  const latency = Object.fromEntries(
    ROUTE_NAMES.map((r) => [r, { p50: ms(quantile(r, 0.5)), p95: ms(quantile(r, 0.95)) }]),
  ) as MetricsSnapshot["latency"];

  const cache = of(METRIC.cacheRequests);
  const searches = of(METRIC.searches);
  const jobsUp = sum(of(METRIC.jobStatsUp)) === 1;
  const perQueue: Record<string, number> = {};
  for (const v of of(METRIC.jobs)) {
    if (v.labels.state === "completed" || v.labels.state === "failed") continue;
    const queue = String(v.labels.queue);
    perQueue[queue] = (perQueue[queue] ?? 0) + v.value;
  }
  const writesUp = sum(of(METRIC.writesUp)) === 1;
  const lagP99 = of(METRIC.writesLag).find((v) => v.labels.quantile === "0.99")?.value;
  const oldest = sum(of(METRIC.writesOldestWaiting));
  return {
    t: now,
    requests,
    latency,
    cache: { hits: sum(cache, { result: "hit" }) + sum(cache, { result: "stale" }), misses: sum(cache, { result: "miss" }) },
    search: {
      cache: sum(searches, { source: "cache" }),
      database: sum(searches, { source: "database" }),
      igdb: sum(searches, { source: "igdb" }),
      deduplicated: sum(of(METRIC.searchDeduplicated)),
    },
    igdb: {
      calls: sum(of(METRIC.igdbRequests)),
      rateLimited: sum(of(METRIC.igdbRateLimited)),
      circuit: sum(of(METRIC.igdbConnected)) === 1 ? circuitOf(sum(of(METRIC.igdbCircuit))) : null,
    },
    jobs: jobsUp
      ? { perQueue, completedPerMin: sum(of(METRIC.jobsCompletedLastMinute)), deadLetters: sum(of(METRIC.jobDeadLetters)) }
      : null,
    drainer: writesUp
      ? {
          depth: sum(of(METRIC.writesDepth)),
          lagP99Ms: lagP99 === undefined ? null : Math.round(lagP99 * 1000),
          oldestWaitingMs: oldest > 0 ? Math.round(oldest * 1000) : null,
          applied: sum(of(METRIC.writesApplied)),
          dead: sum(of(METRIC.writesDead)),
          rejected: sum(of(METRIC.writesRejected)),
        }
      : null,
  };
}
