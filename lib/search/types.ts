// What the in-memory search engine answers; the documents it indexes are the catalog's (lib/catalog/search-document.ts).

/** relevance: best match first; popularity: most popular first; release_date: newest first; name: A→Z. */
export type SearchSort = "relevance" | "popularity" | "release_date" | "name";

export interface SearchOptions {
  limit: number;
  offset: number;
  platformId?: number;
  year?: number;
  sort: SearchSort;
}

export interface SearchHit {
  id: number;
  score: number;
}

export interface SearchOutcome {
  hits: SearchHit[];
  /** All matches after filters, not just this page. */
  total: number;
  /** No game matched every significant word; these hits match all but one (a weak answer). */
  relaxed: boolean;
}
