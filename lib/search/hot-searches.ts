import "server-only";

import { HotResponseCache } from "@/lib/cache/hot-response-cache";
import { onAppliedWrites, onSharedCachesSettled } from "@/lib/catalog-writes/applied-writes-listeners";
import { changesWhatReadersSee } from "@/lib/catalog-writes/changes-what-readers-see";
import { processSingleton } from "@/lib/process-singleton";

/**
 * Repeated searches within seconds are the hot path (a popular query, a page reloaded, pagination). Ten seconds
 * is long enough to answer a burst from memory and short enough that nothing unannounced lingers; about 8 MB of
 * answers (a first page is 5–10 kB of JSON) holds the few thousand hottest keys.
 */
const TTL_MS = 10_000;
const MAX_BYTES = 8_000_000;

/**
 * This process's L1 of search answers (lib/cache/hot-response-cache.ts). Emptied on every batch this instance's
 * drainer applies to its replica that changed a game, whichever game: a new game can enter any answer, a rename
 * or a hidden game can leave one (only rollups and unchanged rewrites leave it be: changes-what-readers-see.ts).
 * Keys carry the search index's generation too (search-games.ts), since the index also changes ahead of the
 * replica (the IGDB leg's games, before the drainer writes them).
 */
export function hotSearches<Answer extends object>(): HotResponseCache<Answer> {
  return processSingleton("questlogHotSearches", () => {
    const cache = new HotResponseCache<Answer>({
      maxSize: MAX_BYTES,
      ttlMs: TTL_MS,
      sizeOf: (answer) => JSON.stringify(answer).length,
    });
    onAppliedWrites((changes) => {
      if (changesWhatReadersSee(changes)) cache.invalidateAll();
    });
    // And again once the shared cache has dropped what the batch made stale: an answer copied from it in between
    // (Redis still had the old one) would otherwise be served for the whole TTL.
    onSharedCachesSettled(() => cache.invalidateAll());
    return cache;
  });
}
