import "server-only";

import type { FailOpenCache } from "@/lib/cache/fail-open-cache";

import { cacheKeyKinds, classifyCacheKey, kindPattern, OTHER_KIND } from "./cache-key-kinds";
import { QUESTLOG_KEY_PREFIX, type KeyKindCount } from "./schemas";

/** Most keys one count reads (SCAN, never KEYS); beyond it the figures are lower bounds. */
export const KEY_COUNT_CAP = 100_000;

/**
 * Questlog's keys counted by kind in one SCAN pass over ql:* (plus a pass for any kind configured outside
 * ql:, such as a custom JOBS_PREFIX). Every Redis command reads the keyspace anyway, so one pass that
 * classifies beats one SCAN per kind.
 */
export async function countCacheKeys(cache: FailOpenCache, cap = KEY_COUNT_CAP): Promise<KeyCounts> {
  const kinds = cacheKeyKinds();
  const counts = new Map<string, number>();
  const keys = await cache.scanKeys(`${QUESTLOG_KEY_PREFIX}*`, cap);
  const capped = keys.length >= cap;
  for (const key of keys) {
    const { kind } = classifyCacheKey(key, kinds);
    counts.set(kind, (counts.get(kind) ?? 0) + 1);
  }
  const outside = kinds.filter((k) => !k.prefix.startsWith(QUESTLOG_KEY_PREFIX));
  const outsideCapped = new Set<string>();
  for (const kind of outside) {
    const found = await cache.scanKeys(kindPattern(kind), cap);
    counts.set(kind.kind, found.length);
    if (found.length >= cap) outsideCapped.add(kind.kind);
  }
  return summarise(kinds, counts, { total: keys.length, capped, outsideCapped });
}

type KeyCounts = { total: number; capped: boolean; kinds: KeyKindCount[] };

/** Every kind at zero: what the console shows while Redis cannot be counted. */
export function emptyKeyCounts(): KeyCounts {
  return summarise(cacheKeyKinds(), new Map(), { total: 0, capped: false, outsideCapped: new Set() });
}

function summarise(
  kinds: ReturnType<typeof cacheKeyKinds>,
  counts: Map<string, number>,
  scan: { total: number; capped: boolean; outsideCapped: Set<string> },
): KeyCounts {
  return {
    total: scan.total,
    capped: scan.capped,
    kinds: [...kinds, OTHER_KIND].map((k) => ({
      kind: k.kind,
      label: k.label,
      pattern: kindPattern(k),
      count: counts.get(k.kind) ?? 0,
      capped: scan.outsideCapped.has(k.kind) || (scan.capped && k.prefix.startsWith(QUESTLOG_KEY_PREFIX)),
      protected: k.protected ?? false,
    })),
  };
}
