import "server-only";

import { invalidate } from "@/lib/cache/cached";
import { getCache } from "@/lib/cache/get-cache";
import { cacheKeys, cacheTags } from "@/lib/cache/keys";
import type { CatalogDatabase } from "@/lib/catalog/open-catalog-database";
import { logger } from "@/lib/log/logger";

import { notifySharedCachesSettled } from "./applied-writes-listeners";
import type { AppliedChanges } from "./catalog-write";
import { revalidatePages } from "./revalidate-pages";

/** Batches landing within this window update the index once: a sync lands many batches per second. */
const COALESCE_MS = 25;

/**
 * What must follow a committed batch on this instance: the shared caches (a game's entry, and every cached
 * search that listed it, through its tag) and the ISR game pages. The search index subscribes on its own
 * (applied-writes-listeners.ts, lib/search/create-index-updater.ts) and runs first, so a search that misses
 * the cache finds the index already updated.
 */
export function createAfterCatalogWrite(db: CatalogDatabase): (changes: AppliedChanges) => void {
  const upserted = new Set<number>();
  const updated = new Set<number>();
  const deleted = new Set<number>();
  const deletedSlugs = new Set<string>();
  const curated = new Set<number>();
  let rematched = false;
  let timer: NodeJS.Timeout | null = null;

  const flush = () => {
    timer = null;
    const touched = [...curated];
    const ids = [...new Set([...upserted, ...touched])];
    // Curation changes what cached searches show (a name, a cover, or the game itself when hidden).
    const rewritten = [...new Set([...updated, ...touched])];
    const gone = [...deleted];
    const goneSlugs = [...deletedSlugs];
    upserted.clear();
    updated.clear();
    deleted.clear();
    deletedSlugs.clear();
    curated.clear();
    const searchesStale = rematched;
    rematched = false;
    const cache = getCache();
    // A game's own entry goes for every write (a cached "not found" included). Cached searches go only for
    // games that existed before: a game new to the replica is in no older answer, and the search that just
    // fetched it from IGDB has cached the answer that lists it, which must stay for the searches that follow.
    void invalidate(cache, {
      keys: [...new Set([...ids, ...gone])].map(cacheKeys.game),
      tags: [...new Set([...rewritten, ...gone])].map(cacheTags.game),
      ...(searchesStale ? { pattern: cacheKeys.pattern("search") } : {}),
    }).finally(() =>
      // In-process copies taken from the shared cache until now may hold what this batch made stale.
      notifySharedCachesSettled((error) => logger.error({ err: error }, "a shared-caches-settled listener failed")),
    );
    const slugs =
      ids.length > 0
        ? (db
            .prepare(`SELECT slug FROM games WHERE id IN (${ids.map(() => "?").join(",")})`)
            .pluck()
            .all(...ids) as string[])
        : [];
    // The home page lists featured and popular games, either of which a curation may have changed.
    const paths = [...slugs, ...goneSlugs].map((slug) => `/games/${slug}`).concat(touched.length > 0 ? ["/"] : []);
    void revalidatePages(paths).catch((error: unknown) => logger.warn({ err: error }, "game page revalidation failed"));
  };

  return (changes) => {
    for (const id of changes.upserted) {
      upserted.add(id);
      deleted.delete(id);
    }
    for (const id of changes.updated) updated.add(id);
    for (const id of changes.deleted) {
      deleted.add(id);
      upserted.delete(id);
    }
    for (const slug of changes.deletedSlugs) deletedSlugs.add(slug);
    for (const id of changes.curated) curated.add(id);
    if (changes.rematched.length > 0) rematched = true;
    if (upserted.size + deleted.size + curated.size > 0) timer ??= setTimeout(flush, COALESCE_MS);
  };
}
