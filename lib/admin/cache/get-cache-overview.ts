import "server-only";

import { cacheStats } from "@/lib/cache/cache-stats";
import type { FailOpenCache } from "@/lib/cache/fail-open-cache";

import { countCacheKeys, KEY_COUNT_CAP } from "./count-cache-keys";
import { sampleHitRate } from "./hit-rate-history";
import type { CacheOverview, HitRateStats } from "./schemas";

/**
 * Everything /admin/cache shows: the driver, what Redis says about itself, Questlog's keys by kind, and
 * this process's hit rates (now and over the last hour). An unreachable Redis is part of the answer
 * (`reachable: false`), not an error: the in-process figures still tell the operator something.
 */
export async function getCacheOverview(cache: FailOpenCache): Promise<CacheOverview> {
  const failuresBefore = cache.stats.errors + cache.stats.timeouts;
  const [info, counts] = await Promise.all([cache.info(), countCacheKeys(cache)]);
  const reachable = cache.stats.errors + cache.stats.timeouts === failuresBefore;
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
    history: sampleHitRate(cacheStats),
    failures: { ...cache.stats },
    generatedAt: new Date().toISOString(),
  };
}
