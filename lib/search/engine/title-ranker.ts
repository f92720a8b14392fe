// Second-stage ranking of the best few hundred candidates, title by title. Posting lists only say which
// words a game has somewhere; this says how well one of its titles *is* the query: "tetris" must put
// "Tetris" before "Tetris 2", and "link to the past zelda" must still find the game despite word order.
import type { SearchData } from "./build-search-data";
import type { QueryPlan } from "./plan-query";
import type { TermMatchTable } from "./term-match-table";

export const RankWeights = {
  /** Share of the query (idf-weighted) found in the title: the backbone of relevance. */
  queryCoverage: 1,
  /** Share of the title (idf-weighted) the query accounts for: short, specific titles first. */
  titleCoverage: 0.4,
  /** The query is the whole title, every word of both matched. */
  exactTitle: 0.3,
  /** The title starts with the query's first word ("castlev" → "Castlevania …" before "Akumajou … Castlevania"). */
  startsWith: 0.08,
  /** Query words appear in the title in the query's order. */
  inOrder: 0.05,
  /** An alternative title counts a little less than the display name. */
  alternativeTitle: 0.97,
} as const;

const MAX_TITLE_TOKENS = 64;

export class TitleRanker {
  private readonly positionWeight = new Float32Array(MAX_TITLE_TOKENS);
  private readonly positionToken = new Int8Array(MAX_TITLE_TOKENS);
  private tokenWeight = new Float32Array(16);
  private tokenPosition = new Int16Array(16);

  constructor(
    private readonly data: SearchData,
    private readonly table: TermMatchTable,
  ) {}

  /** Relevance (about 0..1.8) of the document's best title for the plan loaded in the match table. */
  bestTitleScore(doc: number, plan: QueryPlan): number {
    const { store } = this.data;
    const tokenCount = plan.tokens.length;
    if (this.tokenWeight.length < tokenCount) {
      this.tokenWeight = new Float32Array(tokenCount);
      this.tokenPosition = new Int16Array(tokenCount);
    }
    let queryIdf = 0;
    for (const token of plan.tokens) queryIdf += token.idf;
    let best = 0;
    const first = store.docTitleStart[doc] ?? 0;
    const end = store.docTitleStart[doc + 1] ?? 0;
    for (let title = first; title < end; title++) {
      const score = this.titleScore(title, plan, queryIdf) * (title === first ? 1 : RankWeights.alternativeTitle);
      if (score > best) best = score;
    }
    return best;
  }

  private titleScore(title: number, plan: QueryPlan, queryIdf: number): number {
    const { store, idf } = this.data;
    const start = store.titleStart[title] ?? 0;
    const length = Math.min(store.titleLength[title] ?? 0, MAX_TITLE_TOKENS);
    const tokenCount = plan.tokens.length;
    this.positionWeight.fill(0, 0, length);
    this.positionToken.fill(-1, 0, length);
    this.tokenWeight.fill(0, 0, tokenCount);
    this.tokenPosition.fill(-1, 0, tokenCount);

    // Tokens, then two- and three-token compounds, each spanning `span` title positions.
    this.matchSpan(start, length, 1);
    this.matchSpan(start + length, length - 1, 2);
    this.matchSpan(start + 2 * length - 1, length - 2, 3);

    let titleIdf = 0;
    let titleCovered = 0;
    let allTitle = true;
    for (let j = 0; j < length; j++) {
      const weight = idf[store.titleTerms[start + j] ?? 0] ?? 0;
      titleIdf += weight;
      titleCovered += weight * (this.positionWeight[j] ?? 0);
      if ((this.positionWeight[j] ?? 0) === 0) allTitle = false;
    }
    let queryCovered = 0;
    let allQuery = true;
    let ordered = 0;
    let pairs = 0;
    let previous = -1;
    plan.tokens.forEach((token, i) => {
      const weight = this.tokenWeight[i] ?? 0;
      queryCovered += weight * token.idf;
      if (weight === 0) {
        allQuery = false;
        return;
      }
      const position = this.tokenPosition[i] ?? 0;
      if (previous >= 0) {
        pairs++;
        if (position >= previous) ordered++;
      }
      previous = position;
    });
    const queryCoverage = queryIdf > 0 ? queryCovered / queryIdf : 0;
    const titleCoverage = titleIdf > 0 ? titleCovered / titleIdf : 0;
    return (
      RankWeights.queryCoverage * queryCoverage +
      RankWeights.titleCoverage * titleCoverage * queryCoverage +
      (allQuery && allTitle ? RankWeights.exactTitle * queryCoverage : 0) +
      (this.positionToken[0] === 0 ? RankWeights.startsWith : 0) +
      (pairs > 0 ? (RankWeights.inOrder * ordered) / pairs : 0)
    );
  }

  /** Marks title positions and query tokens matched by the terms in [from, from + count), each covering span positions. */
  private matchSpan(from: number, count: number, span: number): void {
    const { titleTerms } = this.data.store;
    const table = this.table;
    for (let j = 0; j < count; j++) {
      for (let entry = table.head(titleTerms[from + j] ?? 0); entry >= 0; entry = table.entryNext[entry] ?? -1) {
        const token = table.entryToken[entry] ?? 0;
        const weight = table.entryWeight[entry] ?? 0;
        for (let p = j; p < j + span; p++) {
          if (weight > (this.positionWeight[p] ?? 0)) {
            this.positionWeight[p] = weight;
            this.positionToken[p] = token;
          }
        }
        if (weight > (this.tokenWeight[token] ?? 0)) {
          this.tokenWeight[token] = weight;
          this.tokenPosition[token] = j;
        }
      }
    }
  }
}
