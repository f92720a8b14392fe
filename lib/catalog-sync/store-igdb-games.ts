import "server-only";

import { searchDocumentOf } from "@/lib/catalog-writes/search-document-of";
import type { WriteTicket } from "@/lib/catalog-writes/catalog-write";
import { getCatalogWriteQueue } from "@/lib/catalog-writes/get-catalog-write-queue";
import { getCatalogDb } from "@/lib/catalog/db";
import type { IgdbGame } from "@/lib/igdb";
import { logger } from "@/lib/log/logger";
import { getSearchIndex } from "@/lib/search/get-search-index";

import { toCatalogInput, toGameSummary } from "./igdb-to-catalog";
import { rememberPendingSummaries } from "./pending-game-summaries";

/** The catalog's lowest popularity, which a new game from IGDB starts with (write-games.ts says why). */
function floorPopularity(): number {
  return (getCatalogDb().prepare("SELECT min(popularity) FROM games").pluck().get() as number | null) ?? 0;
}

/**
 * Request paths hand IGDB's games to the write queue (O(1), no disk) and put them in this instance's
 * search index at once, so the search that fetched them ranks them and the next one finds them while
 * the drainer writes SQLite; other instances index them when their own drainers apply the writes.
 */
export function storeIgdbGames(games: readonly IgdbGame[]): WriteTicket[] {
  if (games.length === 0) return [];
  const inputs = games.map((g) => toCatalogInput(g));
  const tickets = getCatalogWriteQueue().enqueue(inputs.map((game) => ({ kind: "game.upsert" as const, game })));
  const accepted = inputs.filter((_, i) => tickets[i]?.accepted);
  if (accepted.length > 0) {
    const floor = floorPopularity();
    getSearchIndex().upsert(accepted.map((game) => searchDocumentOf(game, floor)));
    rememberPendingSummaries(games.filter((_, i) => tickets[i]?.accepted).map(toGameSummary));
  }
  if (accepted.length < inputs.length) logger.warn({ rejected: inputs.length - accepted.length }, "catalog write queue full; IGDB games not stored");
  return tickets;
}

export function removeStoredGames(ids: readonly number[]): WriteTicket[] {
  return getCatalogWriteQueue().enqueue(ids.map((id) => ({ kind: "game.delete" as const, id })));
}
