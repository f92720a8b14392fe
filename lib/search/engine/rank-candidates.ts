// Orders the matched documents for one page. Relevance is two-stage: a cheap prior (token scores,
// popularity, title length) picks a pool, then the title ranker scores the pool precisely. The other
// sorts only need the page itself, taken from ranks computed at build time.
import type { PriceOrder, SearchHit, SearchSort } from "../types";
import type { SearchData } from "./build-search-data";
import type { QueryPlan } from "./plan-query";
import { facetScore } from "./query-facets";
import type { ScoreAccumulator } from "./score-accumulator";
import { selectTop } from "./select-top";
import type { TitleRanker } from "./title-ranker";

/** How many candidates the title ranker sees; past it the prior's order is good enough and cheaper. */
const RERANK_POOL = 200;

export const BlendWeights = {
  /** Tokens matched across all of the game's titles, not just its best one. */
  documentCoverage: 0.15,
  /** 0..1 popularity: decides between equal matches and lets a famous game beat an obscure exact title. */
  popularity: 0.8,
  priorPopularity: 0.35,
  priorShortTitle: 0.1,
} as const;

export interface PageRequest {
  sort: SearchSort;
  offset: number;
  limit: number;
  prices?: PriceOrder;
}

/** The requested page of candidates, best first, with scores (relevance, or the text match share otherwise). */
export function rankCandidates(
  candidates: Int32Array,
  plan: QueryPlan,
  data: SearchData,
  accumulator: ScoreAccumulator,
  ranker: TitleRanker,
  page: PageRequest,
): SearchHit[] {
  const { store } = data;
  const wanted = page.offset + page.limit;
  let maxScore = 0;
  for (const token of plan.tokens) maxScore += token.idf * (token.expansions[0]?.weight ?? 0);
  const scale = maxScore > 0 ? 1 / maxScore : 0;
  const hit = (doc: number, score: number): SearchHit => ({ id: store.ids[doc] ?? 0, score: Math.round(score * 1e4) / 1e4 });
  const keys = keyBuffer(candidates.length);

  if (page.sort === "price" && page.prices) {
    // Cheapest first by the store's price order; games not for sale after every priced one, most popular first.
    const { ranks } = page.prices;
    const unpriced = ranks.size;
    for (let i = 0; i < candidates.length; i++) {
      const doc = candidates[i] ?? 0;
      keys[i] = -(ranks.get(store.ids[doc] ?? 0) ?? unpriced + (store.popularityRank[doc] ?? 0));
    }
    return selectTop(candidates, keys, wanted, true)
      .slice(page.offset)
      .map((doc) => hit(doc, (accumulator.score[doc] ?? 0) * scale));
  }
  if (page.sort !== "relevance") {
    const ranks =
      page.sort === "popularity" || page.sort === "price"
        ? store.popularityRank
        : page.sort === "name"
          ? store.nameRank
          : store.releaseRank;
    for (let i = 0; i < candidates.length; i++) keys[i] = -(ranks[candidates[i] ?? 0] ?? 0);
    return selectTop(candidates, keys, wanted, true)
      .slice(page.offset)
      .map((doc) => hit(doc, (accumulator.score[doc] ?? 0) * scale));
  }

  const faceted = plan.tokens.some((t) => t.facet);
  const tokenScore = (doc: number) =>
    (accumulator.score[doc] ?? 0) + (faceted ? facetScore(plan, store, doc, accumulator.tokenMask[doc] ?? 0) : 0);
  for (let i = 0; i < candidates.length; i++) {
    const doc = candidates[i] ?? 0;
    keys[i] =
      tokenScore(doc) * scale +
      BlendWeights.priorPopularity * (store.popularity[doc] ?? 0) +
      BlendWeights.priorShortTitle / Math.max(1, store.shortestTitle[doc] ?? 1);
  }
  const pool = selectTop(candidates, keys, Math.max(RERANK_POOL, wanted), false);
  ranker.prepare(plan);
  const scores = new Map<number, number>();
  for (const doc of pool) {
    scores.set(
      doc,
      ranker.bestTitleScore(doc) +
        BlendWeights.documentCoverage * tokenScore(doc) * scale +
        BlendWeights.popularity * (store.popularity[doc] ?? 0),
    );
  }
  return pool
    .sort((a, b) => (scores.get(b) ?? 0) - (scores.get(a) ?? 0) || a - b)
    .slice(page.offset, wanted)
    .map((doc) => hit(doc, scores.get(doc) ?? 0));
}

let keyArray = new Float64Array(1024);

/** A reusable key array of at least the given length (queries run one at a time). */
function keyBuffer(length: number): Float64Array {
  if (keyArray.length < length) keyArray = new Float64Array(Math.max(length, keyArray.length * 2));
  return keyArray;
}
