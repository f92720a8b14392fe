import type { CatalogGameInput } from "@/lib/catalog/write-games";
import { processSingleton } from "@/lib/process-singleton";

/** Told about the games a request path just handed to the write queue, before the drainer stores them. */
export type StoredGamesListener = (games: readonly CatalogGameInput[]) => void;

// One list per process (lib/process-singleton.ts): a listener one bundle subscribes hears what another one does.
function listeners(): Set<StoredGamesListener> {
  return processSingleton("questlogStoredGamesListeners", () => new Set<StoredGamesListener>());
}

/** Subscribes the search index's overlay (lib/search/get-search-index.ts), so catalog-sync does not import it. */
export function onIgdbGamesStored(listener: StoredGamesListener): () => void {
  listeners().add(listener);
  return () => listeners().delete(listener);
}

export function notifyIgdbGamesStored(games: readonly CatalogGameInput[]): void {
  for (const listener of listeners()) listener(games);
}
