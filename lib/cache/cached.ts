// Cache-aside with stale-while-revalidate: a fresh entry is served as is; a stale one is served at once
// while exactly one background refresh runs (a Redis NX guard across instances, a promise in-process);
// a miss loads, stores and returns. Entries are JSON envelopes carrying their own freshness.
import { logger } from "@/lib/log/logger";

import { cacheStats } from "./cache-stats";
import type { FailOpenCache } from "./fail-open-cache";
import { CACHE_TTL, cacheKeys, type CacheKind } from "./keys";

interface Envelope<T> {
  value: T;
  kind: CacheKind;
  freshUntil: number;
}

export interface CachedEntry<T> {
  value: T;
  state: "fresh" | "stale";
}

export async function readEntry<T>(cache: FailOpenCache, key: string, patience = 1): Promise<CachedEntry<T> | null> {
  const raw = await cache.get(key, patience);
  if (raw === null) return null;
  try {
    const envelope = JSON.parse(raw) as Envelope<T>;
    return { value: envelope.value, state: Date.now() < envelope.freshUntil ? "fresh" : "stale" };
  } catch {
    return null; // a corrupt entry is a miss, and the next write replaces it
  }
}

export async function writeEntry<T>(
  cache: FailOpenCache,
  key: string,
  value: T,
  kind: CacheKind,
  tags: readonly string[] = [],
): Promise<void> {
  const { freshMs, staleMs } = CACHE_TTL[kind];
  const envelope: Envelope<T> = { value, kind, freshUntil: Date.now() + freshMs };
  await cache.set(key, JSON.stringify(envelope), { ttlMs: freshMs + staleMs });
  await Promise.all(tags.map((tag) => cache.addToSet(cacheKeys.tag(tag), [key], freshMs + staleMs)));
}

const refreshing = new Map<string, Promise<void>>();

/** Starts the one refresh of a stale entry, unless this or another instance is already at it. */
export function refreshInBackground(cache: FailOpenCache, key: string, refresh: () => Promise<void>): void {
  if (refreshing.has(key)) return;
  const run = (async () => {
    if (!(await cache.set(cacheKeys.refresh(key), "1", { onlyIfAbsent: true, ttlMs: 30_000 }))) return;
    try {
      await refresh();
    } catch (error) {
      logger.warn({ err: error, key }, "background refresh failed; the stale entry stays until it expires");
    } finally {
      await cache.delete([cacheKeys.refresh(key)]);
    }
  })().finally(() => refreshing.delete(key));
  refreshing.set(key, run);
}

/**
 * Read-through for one entry. `load` computes the value on a miss (and in the background when stale).
 *
 * @example const { value, state } = await cached(cache, cacheKeys.game(id), "game", () => loadGame(id))
 */
export async function cached<T>(
  cache: FailOpenCache,
  key: string,
  kind: CacheKind,
  load: () => Promise<T>,
  options: { tags?: readonly string[]; kindOf?: (value: T) => CacheKind } = {},
): Promise<CachedEntry<T> & { source: "cache" | "origin" }> {
  const entry = await readEntry<T>(cache, key);
  if (entry) {
    cacheStats[kind][entry.state === "fresh" ? "hits" : "staleHits"]++;
    if (entry.state === "stale") {
      refreshInBackground(cache, key, async () => {
        const value = await load();
        await writeEntry(cache, key, value, options.kindOf?.(value) ?? kind, options.tags);
      });
    }
    return { ...entry, source: "cache" };
  }
  cacheStats[kind].misses++;
  const value = await load();
  await writeEntry(cache, key, value, options.kindOf?.(value) ?? kind, options.tags);
  return { value, state: "fresh", source: "origin" };
}

/** Invalidation by key, by tag (every key stored with it) or by glob pattern. Returns keys removed. */
export async function invalidate(
  cache: FailOpenCache,
  target: { keys?: string[]; tag?: string; tags?: readonly string[]; pattern?: string },
): Promise<number> {
  const keys = [...(target.keys ?? [])];
  const tags = [...(target.tag ? [target.tag] : []), ...(target.tags ?? [])];
  // Tag sets read concurrently, then one DEL for everything: a sync batch rewrites hundreds of games at once.
  const members = await Promise.all(tags.map((tag) => cache.setMembers(cacheKeys.tag(tag))));
  tags.forEach((tag, i) => keys.push(...(members[i] ?? []), cacheKeys.tag(tag)));
  if (target.pattern) keys.push(...(await cache.scanKeys(target.pattern)));
  return cache.delete([...new Set(keys)]);
}
