import "server-only";

import { searchIgdb } from "@/lib/catalog-sync/fetch-igdb-games";
import { getIgdbConnection } from "@/lib/catalog-sync/igdb-connection";
import { recentlyMissed, rememberMiss } from "@/lib/catalog-sync/igdb-misses";
import { toGameSummary } from "@/lib/catalog-sync/igdb-to-catalog";
import { storeIgdbGames } from "@/lib/catalog-sync/store-igdb-games";
import { withoutHiddenGames } from "@/lib/catalog/curation/is-game-hidden";
import type { GameSummary } from "@/lib/catalog/schemas";
import { AppError } from "@/lib/errors/app-error";
import { isIgdbError } from "@/lib/igdb";
import { logger } from "@/lib/log/logger";

import { normalizeQuery, type SearchGamesQuery } from "./schemas";

function missKey(query: SearchGamesQuery, platformId: number | undefined): string {
  return `search|${normalizeQuery(query.q)}|${platformId ?? ""}|${query.year ?? ""}|${query.limit}`;
}

/**
 * The IGDB leg: results reshaped into summaries, and handed to the catalog write path so the next identical
 * search is answered by SQLite. Null when IGDB has nothing (or is down and we hold something to serve);
 * a 503 with Retry-After when IGDB is down and we hold nothing.
 */
export interface IgdbAnswer {
  /** IGDB's games, in IGDB's order. */
  summaries: GameSummary[];
  /** Ids handed to the catalog write queue and indexed on this instance (empty if the queue was full). */
  stored: number[];
}

export async function askIgdb(
  query: SearchGamesQuery,
  platformId: number | undefined,
  catalogHasHits: boolean,
): Promise<IgdbAnswer | null> {
  const key = missKey(query, platformId);
  if (recentlyMissed(key)) return null;
  try {
    const { client } = await getIgdbConnection();
    // IGDB still has the games an admin hid here; they must not come back through the search leg.
    const games = withoutHiddenGames(await searchIgdb(client, query.q, query.limit, { platformId, year: query.year }));
    if (games.length === 0) {
      rememberMiss(key);
      return null;
    }
    const tickets = storeIgdbGames(games);
    return { summaries: games.map(toGameSummary), stored: games.filter((_, i) => tickets[i]?.accepted).map((g) => g.id) };
  } catch (error) {
    if (!isIgdbError(error)) throw error;
    logger.warn({ err: error, kind: error.kind, q: query.q }, "IGDB leg failed; answering from the catalog");
    if (catalogHasHits) return null;
    throw new AppError(
      "unavailable",
      "The game database upstream is unavailable right now. Please try again shortly.",
      { upstream: "igdb", reason: error.kind },
      (error.retryAfterMs ?? 5_000) / 1000,
    );
  }
}
