import "server-only";

import { cache } from "react";

import { isGameHidden } from "@/lib/catalog/curation/is-game-hidden";
import { getGameById, getGameBySlug } from "@/lib/catalog/get-game";
import type { GameDetail } from "@/lib/catalog/schemas";
import { AppError } from "@/lib/errors/app-error";
import { isIgdbError, type IgdbGame } from "@/lib/igdb";
import { logger } from "@/lib/log/logger";

import { assertIgdbLegRateLimit } from "./assert-igdb-leg-rate-limit";
import { fetchIgdbGameById, fetchIgdbGameBySlug } from "./fetch-igdb-games";
import { getIgdbConnection } from "./igdb-connection";
import { recentlyMissed, rememberMiss } from "./igdb-misses";
import { toGameDetail } from "./igdb-to-catalog";
import { storeIgdbGames } from "./store-igdb-games";

type Lookup = (client: Awaited<ReturnType<typeof getIgdbConnection>>["client"]) => Promise<IgdbGame | null>;

async function fetchAndStore(lookup: Lookup, what: string, client: string | undefined): Promise<GameDetail | null> {
  if (recentlyMissed(what)) return null;
  await assertIgdbLegRateLimit(client);
  let game: IgdbGame | null;
  try {
    game = await lookup((await getIgdbConnection()).client);
  } catch (error) {
    if (!isIgdbError(error)) throw error;
    logger.warn({ err: error, kind: error.kind, what }, "IGDB lookup failed");
    throw new AppError(
      "unavailable",
      "The game database upstream is unavailable right now. Please try again shortly.",
      { upstream: "igdb", reason: error.kind },
      (error.retryAfterMs ?? 5_000) / 1000,
    );
  }
  if (!game) {
    rememberMiss(what);
    return null;
  }
  // Served from IGDB's answer: the write is queued, and the next read finds the row in SQLite.
  storeIgdbGames([game]);
  return toGameDetail(game);
}

// The catalog's reads already leave out a game an admin hid; on such a miss it is null before IGDB is asked,
// since the fallback would show it again and write it back. Only a miss pays for that check.

/**
 * The game from the catalog, or else from IGDB (then queued for the catalog, so the next read is local). Null
 * when neither has it, or when an admin hid it. `requester` (a client identity) pays for a trip to IGDB: over
 * its limit, AppError("rate_limited"); undefined for the server's own work.
 */
export const findGameById = cache(async (id: number, requester?: string): Promise<GameDetail | null> => {
  return (
    getGameById(id) ?? (isGameHidden({ id }) ? null : fetchAndStore((client) => fetchIgdbGameById(client, id), `game|id|${id}`, requester))
  );
});

export const findGameBySlug = cache(async (slug: string, requester?: string): Promise<GameDetail | null> => {
  return (
    getGameBySlug(slug) ??
    (isGameHidden({ slug }) ? null : fetchAndStore((client) => fetchIgdbGameBySlug(client, slug), `game|slug|${slug}`, requester))
  );
});
