import "server-only";

import { AppError } from "@/lib/api/errors";
import { getPlatformBySlug } from "@/lib/catalog/list-platforms";
import { loadGameSummaries } from "@/lib/catalog/load-game-summaries";
import type { GameSummary } from "@/lib/catalog/schemas";

import { getSearchIndex } from "./get-search-index";
import type { SearchGamesQuery } from "./schemas";

export interface SearchGamesResponse {
  results: GameSummary[];
  meta: {
    total: number;
    source: "cache" | "database" | "igdb";
    freshness: "fresh" | "stale";
    query_time_ms: number;
    limit: number;
    offset: number;
    deduplicated?: boolean;
  };
}

/**
 * Searches the local catalog (seed 000 step 4). The Redis cache and IGDB legs wrap this function in later
 * work; the response shape is already theirs.
 */
export function searchGames(query: SearchGamesQuery): SearchGamesResponse {
  const started = performance.now();
  let platformId: number | undefined;
  if (query.platform) {
    const platform = getPlatformBySlug(query.platform);
    if (!platform) throw new AppError("unknown_platform", `No platform has the slug "${query.platform}".`, { platform: query.platform });
    platformId = platform.id;
  }
  const outcome = getSearchIndex().search(query.q, {
    limit: query.limit,
    offset: query.offset,
    platformId,
    year: query.year,
    sort: query.sort,
  });
  const results = loadGameSummaries(outcome.hits.map((h) => h.id));
  return {
    results,
    meta: {
      total: outcome.total,
      source: "database",
      freshness: "fresh",
      query_time_ms: Math.round((performance.now() - started) * 100) / 100,
      limit: query.limit,
      offset: query.offset,
    },
  };
}
