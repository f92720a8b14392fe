import "server-only";

import { HotResponseCache } from "@/lib/cache/hot-response-cache";
import { onAppliedWrites, onSharedCachesSettled } from "@/lib/catalog-writes/applied-writes-listeners";
import { changesWhatReadersSee } from "@/lib/catalog-writes/changes-what-readers-see";
import type { GameDetail } from "@/lib/catalog/schemas";
import { processSingleton } from "@/lib/process-singleton";

/** A popular game is asked for many times a second; ten seconds answers the burst, and bounds what no write announces. */
const TTL_MS = 10_000;
/** A game's detail is 1–5 kB of JSON: about 2,000 of the hottest games. */
const MAX_BYTES = 8_000_000;

/**
 * This process's L1 of games found by id (lib/cache/hot-response-cache.ts), for GET /api/games/{id}. Emptied on
 * every batch this instance's drainer applies to its replica that changed a game (a rewrite, a curation, a removal,
 * a sync's popularity: changes-what-readers-see.ts), so it is never older than the replica it was read from. Only games found are held:
 * a miss may be on its way from IGDB.
 */
export function hotGames(): HotResponseCache<GameDetail> {
  return processSingleton("questlogHotGames", () => {
    const cache = new HotResponseCache<GameDetail>({ maxSize: MAX_BYTES, ttlMs: TTL_MS, sizeOf: (game) => JSON.stringify(game).length });
    onAppliedWrites((changes) => {
      if (changesWhatReadersSee(changes)) cache.invalidateAll();
    });
    // And again once the shared cache has dropped what the batch made stale: an answer copied from it in between
    // (Redis still had the old one) would otherwise be served for the whole TTL.
    onSharedCachesSettled(() => cache.invalidateAll());
    return cache;
  });
}
