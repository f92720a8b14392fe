import "server-only";

import type { StoredGamesListener } from "@/lib/catalog-sync/stored-games-listeners";
import { getCatalogDb } from "@/lib/catalog/db";
import { searchDocumentOf } from "@/lib/catalog/search-document-of";

import type { LiveSearchIndex } from "./live-search-index";

/** The catalog's lowest popularity, which a new game from IGDB starts with (write-games.ts says why). */
function floorPopularity(): number {
  return (getCatalogDb().prepare("SELECT min(popularity) FROM games").pluck().get() as number | null) ?? 0;
}

/**
 * Puts games fetched from IGDB in this instance's index at once (the overlay), so the search that fetched
 * them ranks them and the next one finds them while the drainer writes SQLite; other instances index them
 * when their own drainers apply the writes (create-index-updater.ts).
 */
export function createOverlayUpdater(index: LiveSearchIndex): StoredGamesListener {
  return (games) => {
    const floor = floorPopularity();
    index.upsert(games.map((game) => searchDocumentOf(game, floor)));
  };
}
