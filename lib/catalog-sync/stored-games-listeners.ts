import type { CatalogGameInput } from "@/lib/catalog/write-games";

/** Told about the games a request path just handed to the write queue, before the drainer stores them. */
export type StoredGamesListener = (games: readonly CatalogGameInput[]) => void;

// On globalThis: Next bundles this module into several chunks (instrumentation, each route), and a listener
// one of them subscribes must hear the games a route stores.
const globalForListeners = globalThis as unknown as { questlogStoredGamesListeners?: Set<StoredGamesListener> };

function listeners(): Set<StoredGamesListener> {
  globalForListeners.questlogStoredGamesListeners ??= new Set();
  return globalForListeners.questlogStoredGamesListeners;
}

/** Subscribes the search index's overlay (lib/search/get-search-index.ts), so catalog-sync does not import it. */
export function onIgdbGamesStored(listener: StoredGamesListener): () => void {
  listeners().add(listener);
  return () => listeners().delete(listener);
}

export function notifyIgdbGamesStored(games: readonly CatalogGameInput[]): void {
  for (const listener of listeners()) listener(games);
}
