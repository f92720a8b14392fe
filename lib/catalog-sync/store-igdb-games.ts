import "server-only";

import { invalidate } from "@/lib/cache/cached";
import { getCache } from "@/lib/cache/get-cache";
import { cacheKeys } from "@/lib/cache/keys";
import { getCatalogDb } from "@/lib/catalog/db";
import { readSearchDocuments } from "@/lib/catalog/read-search-documents";
import { deleteGames, upsertGames } from "@/lib/catalog/upsert-games";
import type { IgdbGame } from "@/lib/igdb";
import { logger } from "@/lib/log/logger";
import { getSearchIndex } from "@/lib/search/get-search-index";

import { toCatalogInput } from "./igdb-to-catalog";

/**
 * Hands games from IGDB to the catalog write path and makes them searchable at once. A plain synchronous
 * upsert (a few ms for a page of results); the queue issue replaces it with the instrumentation-hosted
 * drainer. A failed write is logged, not thrown: the caller already has its answer from IGDB.
 */
export function storeIgdbGames(games: readonly IgdbGame[]): number[] {
  if (games.length === 0) return [];
  const db = getCatalogDb();
  try {
    const ids = upsertGames(db, games.map((g) => toCatalogInput(g)));
    getSearchIndex().upsert(readSearchDocuments(db, ids));
    void invalidate(getCache(), { keys: ids.map(cacheKeys.game) });
    return ids;
  } catch (error) {
    logger.error({ err: error, ids: games.map((g) => g.id) }, "could not store games from IGDB");
    return [];
  }
}

export function removeStoredGames(ids: readonly number[]): number {
  const removed = deleteGames(getCatalogDb(), ids);
  getSearchIndex().remove(ids);
  void invalidate(getCache(), { keys: ids.map(cacheKeys.game) });
  return removed;
}
