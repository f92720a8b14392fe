// Second-stage ranking of the best few hundred candidates, title by title. Posting lists only say which
// words a game has somewhere; this says how well one of its titles *is* the query: "tetris" must put
// "Tetris" before "Tetris 2", and "link to the past zelda" must still find the game despite word order.
import type { SearchData } from "./build-search-data";
import type { QueryPlan } from "./plan-query";
import { facetHolds, type Facet } from "./query-facets";
import type { TermMatchTable } from "./term-match-table";
import { TITLE_KIND_FACTOR } from "./title-kind";
import { TitleMatcher } from "./title-matcher";

export const RankWeights = {
  /** Share of the query (idf-weighted) found in the title: the backbone of relevance. */
  queryCoverage: 1,
  /** Share of the title (idf-weighted) the query accounts for: short, specific titles first. */
  titleCoverage: 0.4,
  /** The query is the whole title, every word of both matched. */
  exactTitle: 0.3,
  /** The query is the title's beginning, word for word ("rockman 2" → "Rockman 2: Dr. Wily no Nazo"). */
  leadingPhrase: 0.15,
  /** The title starts with the query's first word ("castlev" → "Castlevania …" before "Akumajou … Castlevania"). */
  startsWith: 0.08,
  /** Query words appear in the title in the query's order. */
  inOrder: 0.05,
} as const;

export class TitleRanker {
  private readonly matcher: TitleMatcher;
  private tokenIdf = new Float64Array(16);
  private tokenCount = 0;
  private queryIdf = 0;
  /** Facet of each query token (platform or year word), or null. */
  private facets: Array<Facet | null> = [];
  /** Bit i set when the document being scored satisfies token i's facet. */
  private facetMask = 0;

  constructor(
    private readonly data: SearchData,
    table: TermMatchTable,
  ) {
    this.matcher = new TitleMatcher(data, table);
  }

  /** Loads a plan (its expansions must already be in the match table) before scoring documents. */
  prepare(plan: QueryPlan): void {
    this.tokenCount = plan.tokens.length;
    if (this.tokenIdf.length < this.tokenCount) this.tokenIdf = new Float64Array(this.tokenCount);
    this.queryIdf = 0;
    this.facets = plan.tokens.map((token) => token.facet ?? null);
    plan.tokens.forEach((token, i) => {
      this.tokenIdf[i] = token.idf;
      this.queryIdf += token.idf;
    });
  }

  /** Relevance (about 0..2) of the document's best title for the prepared plan. */
  bestTitleScore(doc: number): number {
    const { store } = this.data;
    let best = 0;
    const first = store.docTitleStart[doc] ?? 0;
    const end = store.docTitleStart[doc + 1] ?? 0;
    this.facetMask = 0;
    this.facets.forEach((facet, i) => {
      if (facet && facetHolds(store, doc, facet)) this.facetMask |= 1 << i;
    });
    for (let title = first; title < end; title++) {
      const score = this.titleScore(title) * (TITLE_KIND_FACTOR[store.titleKind[title] ?? 0] ?? 1);
      if (score > best) best = score;
    }
    return best;
  }

  private titleScore(title: number): number {
    const { store, idf } = this.data;
    const start = store.titleStart[title] ?? 0;
    const length = Math.min(store.titleLength[title] ?? 0, TitleMatcher.maxLength);
    const tokenCount = this.tokenCount;
    this.matcher.match(start, length, tokenCount);
    const { positionWeight, positionToken, tokenWeight, tokenPosition } = this.matcher;

    let titleIdf = 0;
    let titleCovered = 0;
    let allTitle = true;
    for (let j = 0; j < length; j++) {
      const weight = idf[store.titleTerms[start + j] ?? 0] ?? 0;
      const matched = positionWeight[j] ?? 0;
      titleIdf += weight;
      titleCovered += weight * matched;
      if (matched === 0) allTitle = false;
    }
    let queryCovered = 0;
    let allQuery = true;
    let ordered = 0;
    let pairs = 0;
    let previous = -1;
    let lastPosition = 0;
    for (let i = 0; i < tokenCount; i++) {
      const weight = tokenWeight[i] ?? 0;
      queryCovered += weight * (this.tokenIdf[i] ?? 0);
      if (weight === 0) {
        // A platform or year word the game's releases answer: part of the query covered, but no title word.
        if ((this.facetMask & (1 << i)) !== 0) queryCovered += (this.facets[i]?.weight ?? 0) * (this.tokenIdf[i] ?? 0);
        allQuery = false;
        continue;
      }
      const position = tokenPosition[i] ?? 0;
      if (position > lastPosition) lastPosition = position;
      if (previous >= 0) {
        pairs++;
        if (position >= previous) ordered++;
      }
      previous = position;
    }
    // The query reads as the start of the title ("rockman 2" → "Rockman 2: Dr. Wily no Nazo", not
    // "Rockman X2"): every query word matched, in order, with no unmatched title word before the last.
    let leading = allQuery && ordered === pairs;
    for (let j = 0; leading && j <= lastPosition && j < length; j++) leading = (positionWeight[j] ?? 0) > 0;
    const queryCoverage = this.queryIdf > 0 ? queryCovered / this.queryIdf : 0;
    const titleCoverage = titleIdf > 0 ? titleCovered / titleIdf : 0;
    return (
      RankWeights.queryCoverage * queryCoverage +
      RankWeights.titleCoverage * titleCoverage * queryCoverage +
      (allQuery && allTitle ? RankWeights.exactTitle * queryCoverage : 0) +
      (leading ? RankWeights.leadingPhrase * queryCoverage : 0) +
      (positionToken[0] === 0 ? RankWeights.startsWith : 0) +
      (pairs > 0 ? (RankWeights.inOrder * ordered) / pairs : 0)
    );
  }
}
