import "server-only";

import { cacheStats } from "@/lib/cache/cache-stats";
import { readEntry, refreshInBackground, writeEntry } from "@/lib/cache/cached";
import { dedupe } from "@/lib/cache/dedupe";
import { getCache } from "@/lib/cache/get-cache";
import { cacheKeys, cacheTags, type CacheKind } from "@/lib/cache/keys";
import { assertIgdbLegRateLimit } from "@/lib/catalog-sync/assert-igdb-leg-rate-limit";
import { pendingSummary } from "@/lib/catalog-sync/pending-game-summaries";
import { listGameTitles } from "@/lib/catalog/list-game-titles";
import { getPlatformBySlug } from "@/lib/catalog/list-platforms";
import { loadGameSummaries } from "@/lib/catalog/load-game-summaries";
import type { GameSummary } from "@/lib/catalog/schemas";
import { AppError } from "@/lib/errors/app-error";
import { recordSearch } from "@/lib/metrics/search-stats";
import { getSearchEventLog } from "@/lib/search-analytics/search-event-log";
import type { PriceOrder, SearchOutcome } from "@/lib/search/types";

import { askIgdb } from "./ask-igdb";
import { getSearchIndex } from "./get-search-index";
import { hotSearches } from "./hot-searches";
import { normalizeQuery, type SearchGamesQuery } from "./schemas";
import { titlesSpellQuery } from "./title-spells-query";

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
/** Dedupe reads wait this many cache deadlines: a read given up on turns into a second upstream call. */
const DEDUPE_READ_PATIENCE = 4;

/**
 * SQLite cannot answer well when no game matches every significant word (nothing at all, or only
 * all-but-one matches), or when the best matches are only fuzzy ones: the exact title may exist upstream.
 * Only the first page asks: later pages page through what the first one settled.
 */
function needsIgdb(query: SearchGamesQuery, outcome: SearchOutcome): boolean {
  if (query.offset !== 0) return false;
  // Filtered or sorted by price: only listed games can match, and every listed game is in the catalog already.
  if (isPriced(query)) return false;
  if (outcome.total === 0 || outcome.relaxed) return true;
  // Any literal match near the top will do: a more popular fuzzy match may rank above it.
  // A game indexed but not yet written (the IGDB leg's, still in the write queue) has its titles in the index.
  const titlesOf = (id: number) => {
    const stored = listGameTitles(id);
    return stored.length > 0 ? stored : [...(getSearchIndex().overlayTitles(id) ?? [])];
  };
  return !outcome.hits.slice(0, LITERAL_WINDOW).some((hit) => titlesSpellQuery(query.q, titlesOf(hit.id)));
}

/** on_sale, max_price or sort=price: the answer depends on the store's prices, in the searcher's currency. */
export function isPriced(query: SearchGamesQuery): boolean {
  return query.on_sale === true || query.max_price !== undefined || query.sort === "price";
}

/** The store's price order for a priced search, in the currency it was built for. */
export type SearchPrices = PriceOrder & { currency: string };

type Computed = Omit<SearchGamesResponse, "meta"> & { meta: Omit<SearchGamesResponse["meta"], "query_time_ms" | "freshness"> };

function resolvePlatform(slug: string | undefined): number | undefined {
  if (!slug) return undefined;
  const platform = getPlatformBySlug(slug);
  if (!platform) throw new AppError("unknown_platform", `No platform has the slug "${slug}".`, { platform: slug });
  return platform.id;
}

function searchLocal(query: SearchGamesQuery, platformId: number | undefined, prices?: PriceOrder): SearchOutcome {
  return getSearchIndex().search(query.q, {
    prices,
    // The first page looks a little deeper, for needsIgdb's literal-match window.
    limit: query.offset === 0 ? Math.max(query.limit, LITERAL_WINDOW) : query.limit,
    offset: query.offset,
    platformId,
    year: query.year,
    sort: query.sort,
  });
}

/** Rows the drainer has not written yet (games the IGDB leg just fetched) come from pendingSummary. */
function fromDatabase(query: SearchGamesQuery, outcome: SearchOutcome): Computed {
  const ids = outcome.hits.slice(0, query.limit).map((h) => h.id);
  const stored = new Map(loadGameSummaries(ids).map((g) => [g.id, g]));
  const results = ids.flatMap((id) => {
    const game = stored.get(id) ?? pendingSummary(id);
    return game ? [game] : [];
  });
  return { results, meta: { total: outcome.total, source: "database", limit: query.limit, offset: query.offset } };
}

/** The local catalog first; IGDB when it has no good answer. */
async function compute(query: SearchGamesQuery, platformId: number | undefined, outcome: SearchOutcome): Promise<Computed> {
  if (needsIgdb(query, outcome)) {
    const answer = await askIgdb(query, platformId, outcome.total > 0);
    if (answer && answer.summaries.length > 0) {
      // Queued and indexed: rank them with everything else by our engine (IGDB's search is plain
      // similarity), so this answer is the same one SQLite gives the next time, on any instance.
      const ranked = answer.stored.length > 0 ? searchLocal(query, platformId) : null;
      if (ranked && ranked.total > 0) {
        const page = fromDatabase(query, ranked);
        return { ...page, meta: { ...page.meta, source: "igdb" } };
      }
      return {
        results: answer.summaries,
        meta: { total: answer.summaries.length, source: "igdb", limit: query.limit, offset: query.offset },
      };
    }
  }
  return fromDatabase(query, outcome);
}

const kindOf = (response: Computed): CacheKind => (response.meta.total === 0 ? "negative" : "search");

/**
 * The whole search flow: cache → SQLite → IGDB, with the IGDB leg deduplicated across
 * instances so a burst of identical cold searches costs one upstream call. Without Redis the replica
 * itself is the cache (SQLite answers as fast as process memory would), so search entries are only
 * stored when a shared Redis is configured; locks and single flight work either way.
 * `options.client` (a client identity, lib/cache/rate-limit/get-client-identity.ts) is counted when the search has to ask
 * IGDB, and refused with AppError("rate_limited") over its limit; leave it out for the server's own searches.
 */
export async function searchGames(
  query: SearchGamesQuery,
  options: { client?: string; prices?: SearchPrices } = {},
): Promise<SearchGamesResponse> {
  const response = await (isPriced(query) ? runPricedSearch(query, options.prices) : runSearch(query, options.client));
  recordSearch(response.meta); // sources and dedupe for /api/metrics and the admin overview
  // First pages only: paging through one search is not another search. O(1), never awaited.
  if (query.offset === 0) {
    const { source, total, query_time_ms: ms } = response.meta;
    getSearchEventLog().record({ q: normalizeQuery(query.q), source, total, ms, at: Date.now() });
  }
  return response;
}

/**
 * A search on the store's prices (on_sale, max_price, sort=price) answers from the local index alone (well under
 * a millisecond) and is not stored in Redis: its page moves whenever a sale starts or ends, which the 24-hour
 * search entries and their per-game tags would not see. The store's price list behind the order is cached per
 * currency instead (lib/store/pricing/list-store-prices.ts). A caller passing no prices finds nothing for sale.
 */
async function runPricedSearch(query: SearchGamesQuery, prices: SearchPrices | undefined): Promise<SearchGamesResponse> {
  const started = performance.now();
  const platformId = resolvePlatform(query.platform);
  const order = prices ?? { currency: "", ranks: new Map<number, number>(), only: query.on_sale === true || query.max_price !== undefined };
  const response = fromDatabase(query, searchLocal(query, platformId, order));
  return {
    ...response,
    meta: { ...response.meta, freshness: "fresh", query_time_ms: Math.round((performance.now() - started) * 100) / 100 },
  };
}

async function runSearch(query: SearchGamesQuery, client: string | undefined): Promise<SearchGamesResponse> {
  const started = performance.now();
  const elapsed = () => Math.round((performance.now() - started) * 100) / 100;
  const platformId = resolvePlatform(query.platform);
  const cache = getCache();
  const shared = cache.kind !== "memory";
  const key = cacheKeys.search({
    q: normalizeQuery(query.q),
    platform: query.platform,
    year: query.year,
    sort: query.sort,
    limit: query.limit,
    offset: query.offset,
  });
  const store = async (response: Computed) => {
    // Tagged with its games: when the drainer rewrites or removes one, every cached search listing it goes.
    if (shared)
      await writeEntry(
        cache,
        key,
        response,
        kindOf(response),
        response.results.map((g) => cacheTags.game(g.id)),
      );
    return response;
  };

  // This process's L1 first (hot-searches.ts): keyed by the index's generation too, so an index change makes
  // every older answer unreachable; the ticket keeps an answer read before a write from landing after it.
  const hot = hotSearches<Computed>();
  const hotKey = `${getSearchIndex().generation}:${key}`;
  const held = hot.get(hotKey);
  if (held) {
    cacheStats.search.hits++;
    return { ...held, meta: { ...held.meta, source: "cache", freshness: "fresh", query_time_ms: elapsed() } };
  }
  const ticket = hot.ticket();
  if (shared) {
    const hit = await readEntry<Computed>(cache, key);
    if (hit) {
      cacheStats.search[hit.state === "fresh" ? "hits" : "staleHits"]++;
      if (hit.state === "stale")
        refreshInBackground(cache, key, async () => void (await store(await compute(query, platformId, searchLocal(query, platformId)))));
      else hot.set(hotKey, hit.value, ticket);
      return { ...hit.value, meta: { ...hit.value.meta, source: "cache", freshness: hit.state, query_time_ms: elapsed() } };
    }
    cacheStats.search.misses++;
  }
  const outcome = searchLocal(query, platformId);
  if (!needsIgdb(query, outcome)) {
    const response = await store(fromDatabase(query, outcome));
    // IGDB-leg answers stay out: without Redis they are asked again each time today, as they were before.
    hot.set(hotKey, response, ticket);
    return { ...response, meta: { ...response.meta, freshness: "fresh", query_time_ms: elapsed() } };
  }
  // The IGDB leg starts here: counted per client before the shared single flight, so one client's refusal
  // is never another's answer, and nothing is cached for it.
  await assertIgdbLegRateLimit(client);
  const { value, deduplicated } = await dedupe(cache, key, {
    compute: async () => store(await compute(query, platformId, outcome)),
    read: async () => (shared ? ((await readEntry<Computed>(cache, key, DEDUPE_READ_PATIENCE))?.value ?? null) : null),
  });
  return {
    ...value,
    meta: { ...value.meta, freshness: "fresh", query_time_ms: elapsed(), ...(deduplicated ? { deduplicated: true } : {}) },
  };
}
