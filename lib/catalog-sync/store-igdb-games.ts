import "server-only";

import type { WriteTicket } from "@/lib/catalog-writes/catalog-write";
import { getCatalogWriteQueue } from "@/lib/catalog-writes/get-catalog-write-queue";
import type { IgdbGame } from "@/lib/igdb";
import { logger } from "@/lib/log/logger";

import { toCatalogInput, toGameSummary } from "./igdb-to-catalog";
import { rememberPendingSummaries } from "./pending-game-summaries";
import { notifyIgdbGamesStored } from "./stored-games-listeners";

/**
 * Request paths hand IGDB's games to the write queue (O(1), no disk), and tell the subscribers: this
 * instance's search index takes them at once (lib/search/create-overlay-updater.ts), so the search that
 * fetched them ranks them and the next one finds them while the drainer writes SQLite.
 */
export function storeIgdbGames(games: readonly IgdbGame[]): WriteTicket[] {
  if (games.length === 0) return [];
  const inputs = games.map((g) => toCatalogInput(g));
  const tickets = getCatalogWriteQueue().enqueue(inputs.map((game) => ({ kind: "game.upsert" as const, game })));
  const accepted = inputs.filter((_, i) => tickets[i]?.accepted);
  if (accepted.length > 0) {
    notifyIgdbGamesStored(accepted);
    rememberPendingSummaries(games.filter((_, i) => tickets[i]?.accepted).map(toGameSummary));
  }
  if (accepted.length < inputs.length)
    logger.warn({ rejected: inputs.length - accepted.length }, "catalog write queue full; IGDB games not stored");
  return tickets;
}

export function removeStoredGames(ids: readonly number[]): WriteTicket[] {
  return getCatalogWriteQueue().enqueue(ids.map((id) => ({ kind: "game.delete" as const, id })));
}
