import "server-only";

import { AppError } from "@/lib/api/errors";
import { getPlatformBySlug } from "@/lib/catalog/list-platforms";
import { listGameTitles } from "@/lib/catalog/list-game-titles";
import { loadGameSummaries } from "@/lib/catalog/load-game-summaries";
import type { GameSummary } from "@/lib/catalog/schemas";
import type { SearchOutcome } from "@/lib/search/types";

import { getSearchIndex } from "./get-search-index";
import { titlesSpellQuery } from "./title-spells-query";
import type { SearchGamesQuery } from "./schemas";
import { askIgdb } from "./search-igdb-leg";

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

const LITERAL_WINDOW = 5;

/**
 * SQLite cannot answer well when no game matches every significant word (nothing at all, or only
 * all-but-one matches), or when the best matches are only fuzzy ones: the exact title may exist upstream.
 * Only the first page asks: later pages page through what the first one settled.
 */
function needsIgdb(query: SearchGamesQuery, outcome: SearchOutcome): boolean {
  if (query.offset !== 0) return false;
  if (outcome.total === 0 || outcome.relaxed) return true;
  // Any literal match near the top will do: a more popular fuzzy match may rank above it.
  return !outcome.hits.slice(0, LITERAL_WINDOW).some((hit) => titlesSpellQuery(query.q, listGameTitles(hit.id)));
}

/**
 * Seed 000 steps 4–5: the local catalog first; IGDB when it has no good answer. The Redis cache and
 * dedupe wrap this function in the Redis issue; the response shape is already theirs.
 */
export async function searchGames(query: SearchGamesQuery): Promise<SearchGamesResponse> {
  const started = performance.now();
  let platformId: number | undefined;
  if (query.platform) {
    const platform = getPlatformBySlug(query.platform);
    if (!platform) throw new AppError("unknown_platform", `No platform has the slug "${query.platform}".`, { platform: query.platform });
    platformId = platform.id;
  }
  const outcome = getSearchIndex().search(query.q, {
    // The first page looks a little deeper, for needsIgdb's literal-match window.
    limit: query.offset === 0 ? Math.max(query.limit, LITERAL_WINDOW) : query.limit,
    offset: query.offset,
    platformId,
    year: query.year,
    sort: query.sort,
  });
  const meta = (total: number, source: "database" | "igdb") => ({
    total,
    source,
    freshness: "fresh" as const,
    query_time_ms: Math.round((performance.now() - started) * 100) / 100,
    limit: query.limit,
    offset: query.offset,
  });

  if (needsIgdb(query, outcome)) {
    const answer = await askIgdb(query, platformId, outcome.total > 0);
    if (answer && answer.length > 0) return { results: answer, meta: meta(answer.length, "igdb") };
  }
  const page = outcome.hits.slice(0, query.limit);
  return { results: loadGameSummaries(page.map((h) => h.id)), meta: meta(outcome.total, "database") };
}
