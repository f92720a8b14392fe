import "server-only";

import { cacheStats } from "@/lib/cache/cache-stats";
import type { FailOpenCache } from "@/lib/cache/fail-open-cache";
import { getMetricsHistory } from "@/lib/metrics/metrics-history";

import { countCacheKeys, KEY_COUNT_CAP } from "./count-cache-keys";
import type { CacheOverview, HitRateSample, HitRateStats } from "./schemas";

/** The last hour's hit rate, from the process's metrics history (sampled every 5 s since the server started). */
function hitRateHistory(): HitRateSample[] {
  return getMetricsHistory().map((p) => ({ at: p.t, hitRate: p.cache.hitRate, lookups: p.cache.hits + p.cache.misses }));
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
    history,
    failures: { ...cache.stats },
    generatedAt: new Date().toISOString(),
  };
}
