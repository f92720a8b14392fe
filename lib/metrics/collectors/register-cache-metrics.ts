import "server-only";

import { Counter, type Registry } from "prom-client";

import { cacheStats } from "@/lib/cache/cache-stats";
import { getCache } from "@/lib/cache/get-cache";

import { METRIC } from "../metric-names";
import { mirrorCounter } from "../mirror-counter";
import { searchStats } from "../search-stats";

/** Cache lookups and failures, and searches by source; read from the in-process counters at collect time. */
export function registerCacheMetrics(registry: Registry): void {
  const requests: Counter<"kind" | "result"> = new Counter({
    name: METRIC.cacheRequests,
    help: "Cache lookups by kind (search, game, negative) and result (hit, stale, miss)",
    labelNames: ["kind", "result"],
    registers: [registry],
    collect: () =>
      mirrorCounter(
        requests,
        Object.entries(cacheStats).flatMap(
          ([kind, s]) =>
            [
              [{ kind, result: "hit" }, s.hits],
              [{ kind, result: "stale" }, s.staleHits],
              [{ kind, result: "miss" }, s.misses],
            ] as const,
        ),
      ),
  });
  const failures: Counter<"type"> = new Counter({
    name: METRIC.cacheFailures,
    help: "Cache calls that failed open, by type (error, timeout)",
    labelNames: ["type"],
    registers: [registry],
    collect: () => {
      const { errors, timeouts } = getCache().stats;
      mirrorCounter(failures, [
        [{ type: "error" }, errors],
        [{ type: "timeout" }, timeouts],
      ]);
    },
  });
  const searches: Counter<"source"> = new Counter({
    name: METRIC.searches,
    help: "Searches answered, by source (cache, database, igdb)",
    labelNames: ["source"],
    registers: [registry],
    collect: () =>
      mirrorCounter(searches, [
        [{ source: "cache" }, searchStats.cache],
        [{ source: "database" }, searchStats.database],
        [{ source: "igdb" }, searchStats.igdb],
      ]),
  });
  const deduplicated: Counter = new Counter({
    name: METRIC.searchDeduplicated,
    help: "Searches answered with another request's result (in-process single flight or the cross-instance lock)",
    registers: [registry],
    collect: () => mirrorCounter(deduplicated, [[{}, searchStats.deduplicated]]),
  });
}
