import "server-only";

import { cacheStats } from "@/lib/cache/cache-stats";
import type { FailOpenCache } from "@/lib/cache/fail-open-cache";
import { getMetricsHistory } from "@/lib/metrics/metrics-history";

import { countCacheKeys, emptyKeyCounts, KEY_COUNT_CAP } from "./count-cache-keys";
import type { CacheOverview, HitRateSample, HitRateStats } from "./schemas";

/** The last hour's hit rate, from the process's metrics history (sampled every 5 s since the server started). */
function hitRateHistory(): HitRateSample[] {
  return getMetricsHistory().map((p) => ({ at: p.t, hitRate: p.cache.hitRate, lookups: p.cache.hits + p.cache.misses }));
}

/**
 * Counting is a SCAN of up to 100,000 keys, while the page polls every 5 s for INFO and hit rates: counts are
 * reused for 30 s per cache (an open tab then costs Redis one SCAN per 30 s, not per 5 s), and forgotten
 * after an invalidation so the page shows what it removed.
 */
export const KEY_COUNT_MAX_AGE_MS = 30_000;
type KeyCounts = Awaited<ReturnType<typeof countCacheKeys>>;
type HeldCount = { at: number; counts: Promise<KeyCounts> };
// On globalThis, as the cache itself is: the invalidate route must forget what the overview route counted.
const held = ((globalThis as { questlogKeyCounts?: WeakMap<FailOpenCache, HeldCount> }).questlogKeyCounts ??= new WeakMap());

export function forgetKeyCounts(cache: FailOpenCache): void {
  held.delete(cache);
}

function countKeys(cache: FailOpenCache, recount: boolean): HeldCount {
  const last = held.get(cache);
  if (last && !recount && Date.now() - last.at < KEY_COUNT_MAX_AGE_MS) return last;
  const fresh = { at: Date.now(), counts: countCacheKeys(cache.strict()) };
  held.set(cache, fresh);
  fresh.counts.catch(() => forgetKeyCounts(cache)); // a failed count is not kept (the caller sees the failure)
  return fresh;
}

/**
 * Everything /admin/cache shows: the driver, what Redis says about itself, Questlog's keys by kind, and
 * this process's hit rates (now and over the last hour). An unreachable Redis is part of the answer
 * (`reachable: false`), not an error: the in-process figures still tell the operator something.
 */
export async function getCacheOverview(cache: FailOpenCache, { recount = false }: { recount?: boolean } = {}): Promise<CacheOverview> {
  // Through the strict view: whether Redis answered this request, whatever other requests met meanwhile.
  let failure: string | null = null;
  const failed = (error: unknown) => {
    failure ??= error instanceof Error ? error.message : String(error);
    return null;
  };
  const counting = countKeys(cache, recount);
  const [info, counted] = await Promise.all([cache.strict().info().catch(failed), counting.counts.catch(failed)]);
  const counts = counted ?? emptyKeyCounts();
  const reachable = failure === null;
  const history = hitRateHistory();
  const hitRates: HitRateStats[] = Object.entries(cacheStats).map(([kind, s]) => {
    const lookups = s.hits + s.staleHits + s.misses;
    return { kind, ...s, hitRate: lookups > 0 ? (s.hits + s.staleHits) / lookups : null };
  });
  return {
    driver: cache.kind,
    instanceOnly: cache.kind === "memory",
    reachable,
    error: failure,
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
    keysCountedAt: new Date(counting.at).toISOString(),
    hitRates,
    history,
    failures: { ...cache.stats },
    generatedAt: new Date().toISOString(),
  };
}
