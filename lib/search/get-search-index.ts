import "server-only";

import { onIgdbGamesStored } from "@/lib/catalog-sync/stored-games-listeners";
import { onAppliedWrites } from "@/lib/catalog-writes/applied-writes-listeners";
import { getCatalogDb } from "@/lib/catalog/db";
import { listSearchDocuments } from "@/lib/catalog/list-search-documents";
import { readSearchPlatforms } from "@/lib/catalog/read-search-platforms";
import { peekProcessSingleton, processSingleton } from "@/lib/process-singleton";

import { createIndexUpdater } from "./create-index-updater";
import { createOverlayUpdater } from "./create-overlay-updater";
import { LiveSearchIndex } from "./live-search-index";
import { SearchIndex } from "./search-index";

// One index per server process, built once from the catalog replica and kept across dev reloads.

/**
 * The in-memory index over the whole catalog; the first call builds it (one to two seconds for 73k games) and
 * subscribes it to the batches this process's drainer applies and to the games IGDB legs fetch.
 */
export function getSearchIndex(): LiveSearchIndex {
  return processSingleton("questlogSearchIndex", () => {
    // Platform words in queries ("metroid nes") are read against the catalog's own platforms.
    const platforms = readSearchPlatforms(getCatalogDb());
    const index = new LiveSearchIndex(SearchIndex.build(listSearchDocuments(), { platforms }), listSearchDocuments);
    onAppliedWrites(createIndexUpdater(getCatalogDb(), index));
    onIgdbGamesStored(createOverlayUpdater(index));
    return index;
  });
}

/** The index if this process built one (the web server), else null (a worker-only process has none). */
export function peekSearchIndex(): LiveSearchIndex | null {
  return peekProcessSingleton<LiveSearchIndex>("questlogSearchIndex") ?? null;
}
