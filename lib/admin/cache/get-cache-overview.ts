import "server-only";

import { cacheStats } from "@/lib/cache/cache-stats";
import type { FailOpenCache } from "@/lib/cache/fail-open-cache";
import { getMetricsHistory } from "@/lib/metrics/metrics-history";

import { countCacheKeys, KEY_COUNT_CAP } from "./count-cache-keys";
import { sampleHitRate } from "./hit-rate-history";
import type { CacheOverview, HitRateSample, HitRateStats } from "./schemas";

/**
 * The last hour's hit rate: the process's metrics history (sampled every 5 s since start) when it runs,
 * else the console's own samples taken as this page polls (scripts, tests, a process without the sampler).
 */
function hitRateHistory(): { source: CacheOverview["historySource"]; samples: HitRateSample[] } {
  const points = getMetricsHistory();
  if (points.length > 0) {
    return { source: "metrics", samples: points.map((p) => ({ at: p.t, hitRate: p.cache.hitRate, lookups: p.cache.hits + p.cache.misses })) };
  }
  return { source: "console", samples: sampleHitRate(cacheStats) };
}

/**
 * Everything /admin/cache shows: the driver, what Redis says about itself, Questlog's keys by kind, and
 * this process's hit rates (now and over the last hour). An unreachable Redis is part of the answer
 * (`reachable: false`), not an error: the in-process figures still tell the operator something.
 */
export async function getCacheOverview(cache: FailOpenCache): Promise<CacheOverview> {
  const failuresBefore = cache.stats.errors + cache.stats.timeouts;
  const [info, counts] = await Promise.all([cache.info(), countCacheKeys(cache)]);
  const reachable = cache.stats.errors + cache.stats.timeouts === failuresBefore;
  const history = hitRateHistory();
  const hitRates: HitRateStats[] = Object.entries(cacheStats).map(([kind, s]) => {
    const lookups = s.hits + s.staleHits + s.misses;
    return { kind, ...s, hitRate: lookups > 0 ? (s.hits + s.staleHits) / lookups : null };
  });
  return {
    driver: cache.kind,
    instanceOnly: cache.kind === "memory",
    reachable,
    error: reachable ? null : cache.stats.lastError,
    info: info && {
      usedMemoryBytes: info.usedMemoryBytes,
      keys: info.keys,
      maxMemoryBytes: info.maxMemoryBytes ?? null,
      evictedKeys: info.evictedKeys ?? null,
      hits: info.hits ?? null,
      misses: info.misses ?? null,
    },
    questlogKeys: { count: counts.total, capped: counts.capped, cap: KEY_COUNT_CAP },
    keyCounts: counts.kinds,
    hitRates,
    history: history.samples,
    historySource: history.source,
    failures: { ...cache.stats },
    generatedAt: new Date().toISOString(),
  };
}
