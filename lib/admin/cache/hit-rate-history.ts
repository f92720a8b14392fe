import "server-only";

import type { KindStats } from "@/lib/cache/cache-stats";

import type { HitRateSample } from "./schemas";

const WINDOW_MS = 3_600_000;
const MIN_GAP_MS = 5_000;

interface Totals {
  at: number;
  hits: number;
  lookups: number;
}

// Kept on globalThis like the cache stats themselves, so dev reloads do not reset the history.
const globalForHistory = globalThis as unknown as { questlogCacheHitHistory?: { last: Totals | null; samples: HitRateSample[] } };
const history = (globalForHistory.questlogCacheHitHistory ??= { last: null, samples: [] });

/**
 * This process's hit rate over the last hour, one sample per interval between cache page polls (at most
 * one every 5 s). Sampled on demand rather than by a timer, so an instance nobody watches does no work;
 * the first sample comes with the second poll.
 */
export function sampleHitRate(stats: Record<string, KindStats>, now = Date.now()): HitRateSample[] {
  const kinds = Object.values(stats);
  const totals: Totals = {
    at: now,
    hits: kinds.reduce((n, s) => n + s.hits + s.staleHits, 0),
    lookups: kinds.reduce((n, s) => n + s.hits + s.staleHits + s.misses, 0),
  };
  const last = history.last;
  if (!last || now - last.at >= MIN_GAP_MS) {
    if (last) {
      const lookups = totals.lookups - last.lookups;
      history.samples.push({ at: now, lookups, hitRate: lookups > 0 ? (totals.hits - last.hits) / lookups : null });
    }
    history.last = totals;
    while (history.samples.length && history.samples[0]!.at < now - WINDOW_MS) history.samples.shift();
  }
  return [...history.samples];
}
