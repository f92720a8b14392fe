import "server-only";

import { invalidate } from "@/lib/cache/cached";
import { getCache } from "@/lib/cache/get-cache";
import { cacheTags } from "@/lib/cache/keys";
import type { AppliedWritesListener } from "@/lib/catalog-writes/applied-writes-listeners";
import type { CatalogDatabase } from "@/lib/catalog/open-catalog-database";
import { readSearchDocuments } from "@/lib/catalog/read-search-documents";

import type { LiveSearchIndex } from "./live-search-index";

/** Batches landing within this window update the index once: a sync lands many batches per second. */
const COALESCE_MS = 25;

/**
 * Keeps this instance's index in step with the batches its own drainer applies (get-search-index.ts
 * subscribes it), so every replica's index keeps up. Read back from the replica: a game whose document
 * does not read back is one an admin hid, which the index must not hold.
 */
export function createIndexUpdater(db: CatalogDatabase, index: LiveSearchIndex): AppliedWritesListener {
  const upserted = new Set<number>();
  const deleted = new Set<number>();
  const curated = new Set<number>();
  let timer: NodeJS.Timeout | null = null;

  const flush = () => {
    timer = null;
    const ids = [...new Set([...upserted, ...curated])];
    const gone = [...deleted];
    upserted.clear();
    deleted.clear();
    curated.clear();
    if (ids.length > 0) {
      const docs = readSearchDocuments(db, ids);
      index.upsert(docs);
      const read = new Set(docs.map((d) => d.id));
      const unlisted = ids.filter((id) => !read.has(id) && !gone.includes(id));
      if (unlisted.length > 0) {
        gone.push(...unlisted);
        // Cached searches that listed a game now hidden go too (after-catalog-write.ts drops its own entry).
        void invalidate(getCache(), { tags: unlisted.map(cacheTags.game) });
      }
    }
    if (gone.length > 0) index.remove(gone);
  };

  return (changes) => {
    for (const id of changes.upserted) {
      upserted.add(id);
      deleted.delete(id);
    }
    for (const id of changes.deleted) {
      deleted.add(id);
      upserted.delete(id);
    }
    for (const id of changes.curated) curated.add(id);
    if (upserted.size + deleted.size + curated.size > 0) timer ??= setTimeout(flush, COALESCE_MS);
  };
}
