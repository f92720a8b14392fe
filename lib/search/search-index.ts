// In-memory game search: typo, accent, numeral, prefix, punctuation and word-order tolerant, and reading
// what players type when they know a game (abbreviations, platform and year words, numbers written out),
// ranked by relevance blended with popularity. Built once from the catalog's documents and platforms
// (build-search-data, one to two seconds for 73k games, abbreviations derived on the way: see
// ./abbreviations); a query takes well under a millisecond. The pieces live in ./engine, in pipeline
// order: plan-query (per-word expansions: typos, numerals, compounds, completions; query-facets: platform
// and year words) → score-accumulator (posting lists) → collect() here (required words, filters,
// completions checked on titles) → rank-candidates (prior, pool, sorts) → title-ranker / title-matcher
// (per-title relevance, abbreviations counted by their title kind).
import type { SearchDocument } from "@/lib/catalog/search-document";

import { buildSearchData, type BuildOptions, type SearchData } from "./engine/build-search-data";
import { findPrefixedTerm } from "./engine/find-prefixed-term";
import { planQuery, prefixWeight, type QueryPlan } from "./engine/plan-query";
import { rankCandidates } from "./engine/rank-candidates";
import { ScoreAccumulator } from "./engine/score-accumulator";
import { TermMatchTable } from "./engine/term-match-table";
import { TitleRanker } from "./engine/title-ranker";
import type { SearchOptions, SearchOutcome, SearchSort } from "./types";

const MAX_LIMIT = 500;
const SORTS = new Set<SearchSort>(["relevance", "popularity", "release_date", "name", "price"]);

function toCount(value: number, fallback: number, max: number): number {
  return Number.isFinite(value) ? Math.min(max, Math.max(0, Math.floor(value))) : fallback;
}

export class SearchIndex {
  private readonly accumulator: ScoreAccumulator;
  private readonly table: TermMatchTable;
  private readonly ranker: TitleRanker;
  private candidates: Int32Array;
  /** Completions of the word being typed found by reading candidate titles: term, token, weight, typed. */
  private titleCompletions: Array<[number, number, number, number]> = [];

  private constructor(
    private readonly data: SearchData,
    private readonly options: BuildOptions,
  ) {
    this.accumulator = new ScoreAccumulator(data.store.size);
    this.table = new TermMatchTable(data.vocabulary.size);
    this.ranker = new TitleRanker(data, this.table);
    this.candidates = new Int32Array(data.store.size);
  }

  /**
   * Indexes the documents (all titles of each, and their abbreviations); options.platforms are the catalog's
   * platforms, for platform words in queries. One to two seconds for 70k games.
   *
   * @example const index = SearchIndex.build(loadDocuments()); index.search("metriod", { limit: 10, offset: 0, sort: "relevance" })
   */
  static build(documents: Iterable<SearchDocument>, options: BuildOptions = {}): SearchIndex {
    return new SearchIndex(buildSearchData(documents, options), options);
  }

  /** The options this index was built with: an overlay index over newer games is built with the same. */
  get buildOptions(): BuildOptions {
    return this.options;
  }

  /** The engine's structures, read only by bench:memory to size each of them. */
  get searchData(): Readonly<SearchData> {
    return this.data;
  }

  /** Number of documents indexed. */
  get size(): number {
    return this.data.store.size;
  }

  /**
   * Finds the games matching query, filtered by platform and year, one page at a time. Never throws on
   * any query string; a query without words gives zero results.
   * A game matches when every significant query word matches one of its titles, or all but one when no
   * game matches them all; very common words ("the", "of") are not required.
   */
  search(query: string, options: SearchOptions): SearchOutcome {
    const plan = planQuery(typeof query === "string" ? query : "", this.data);
    if (plan.tokens.length === 0) return { hits: [], total: 0, relaxed: false };
    this.accumulator.accumulate(plan, this.data.postings);

    const required = plan.tokens.filter((t) => t.required).length;
    let total = this.collect(plan, required, options);
    // One word nobody has ("zelda snes"): better the games matching the rest than nothing.
    const relaxed = total === 0 && required >= 2;
    if (relaxed) total = this.collect(plan, required - 1, options);
    if (total === 0) return { hits: [], total: 0, relaxed: false };

    const offset = toCount(options.offset, 0, Number.MAX_SAFE_INTEGER);
    const limit = toCount(options.limit, 10, MAX_LIMIT);
    if (offset >= total || limit === 0) return { hits: [], total, relaxed };
    const sort = SORTS.has(options.sort) ? options.sort : "relevance";
    // The match table serves only the title re-ranking, which the other sorts skip.
    if (sort === "relevance") {
      this.table.load(plan);
      for (const [term, token, weight, typed] of this.titleCompletions) this.table.add(term, token, weight, typed);
    }
    const candidates = this.candidates.subarray(0, total);
    const hits = rankCandidates(candidates, plan, this.data, this.accumulator, this.ranker, {
      sort,
      offset,
      limit,
      prices: options.prices,
    });
    return { hits, total, relaxed };
  }

  /**
   * Fills this.candidates with the scored documents matching at least `need` required tokens and the
   * filters, and, for a word being typed that is checked on titles, a title word starting with it.
   */
  private collect(plan: QueryPlan, need: number, options: SearchOptions): number {
    const { store, vocabulary } = this.data;
    const { matched, tokenMask, score } = this.accumulator;
    const touched = this.accumulator.touchedDocuments();
    const typing = plan.tokens.findIndex((t) => t.verifyPrefix);
    const prefix = plan.tokens[typing];
    const typed = new Set(plan.tokens.filter((t) => !t.verifyPrefix).map((t) => t.text));
    this.titleCompletions = [];
    const completed = new Set<number>();
    // The price filters (on sale, at most a price) keep only the games the store priced for them.
    const priced = options.prices?.only ? options.prices.ranks : null;
    let count = 0;
    for (let i = 0; i < touched.length; i++) {
      const doc = touched[i] ?? 0;
      if ((matched[doc] ?? 0) < need || !store.passesFilters(doc, options.platformId, options.year)) continue;
      if (priced && !priced.has(store.ids[doc] ?? 0)) continue;
      if (prefix && ((tokenMask[doc] ?? 0) & (1 << typing)) === 0) {
        const term = findPrefixedTerm(this.data, doc, prefix.text, typed);
        if (term < 0) continue;
        const weight = prefixWeight(prefix.text, vocabulary.termOf(term));
        score[doc] = (score[doc] ?? 0) + weight * prefix.idf;
        if (!completed.has(term)) {
          completed.add(term);
          this.titleCompletions.push([term, typing, weight, prefix.text.length]);
        }
      }
      this.candidates[count++] = doc;
    }
    return count;
  }
}
