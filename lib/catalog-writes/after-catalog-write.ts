import "server-only";

import { invalidate } from "@/lib/cache/cached";
import { getCache } from "@/lib/cache/get-cache";
import { cacheKeys, cacheTags } from "@/lib/cache/keys";
import type { CatalogDatabase } from "@/lib/catalog/open-catalog-database";
import { readSearchDocuments } from "@/lib/catalog/read-search-documents";
import { logger } from "@/lib/log/logger";
import { peekSearchIndex } from "@/lib/search/get-search-index";

import type { AppliedChanges } from "./catalog-write";
import { revalidateGamePages } from "./revalidate-game-pages";

/** Batches landing within this window update the index once: a sync lands many batches per second. */
const COALESCE_MS = 25;

/**
 * What must follow a committed batch on this instance: the in-memory search index, the shared caches
 * (a game's entry, and every cached search that listed it, through its tag) and the ISR game pages.
 * Each instance runs this for the batches its own drainer applies, so every replica's index keeps up.
 */
export function createAfterCatalogWrite(db: CatalogDatabase): (changes: AppliedChanges) => void {
  const upserted = new Set<number>();
  const updated = new Set<number>();
  const deleted = new Set<number>();
  const deletedSlugs = new Set<string>();
  let timer: NodeJS.Timeout | null = null;

  const flush = () => {
    timer = null;
    const ids = [...upserted];
    const rewritten = [...updated];
    const gone = [...deleted];
    const goneSlugs = [...deletedSlugs];
    upserted.clear();
    updated.clear();
    deleted.clear();
    deletedSlugs.clear();
    const index = peekSearchIndex();
    if (index && ids.length > 0) index.upsert(readSearchDocuments(db, ids));
    if (index && gone.length > 0) index.remove(gone);
    const cache = getCache();
    // A game's own entry goes for every write (a cached "not found" included). Cached searches go only for
    // games that existed before: a game new to the replica is in no older answer, and the search that just
    // fetched it from IGDB has cached the answer that lists it, which must stay for the searches that follow.
    void invalidate(cache, { keys: [...ids, ...gone].map(cacheKeys.game), tags: [...rewritten, ...gone].map(cacheTags.game) });
    const slugs = ids.length > 0 ? (db.prepare(`SELECT slug FROM games WHERE id IN (${ids.map(() => "?").join(",")})`).pluck().all(...ids) as string[]) : [];
    void revalidateGamePages([...slugs, ...goneSlugs]).catch((error: unknown) => logger.warn({ err: error }, "game page revalidation failed"));
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
    if (upserted.size + deleted.size > 0) timer ??= setTimeout(flush, COALESCE_MS);
  };
}
