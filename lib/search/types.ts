// The contract between the catalog (which loads documents from SQLite) and the in-memory search engine.
// The engine never imports the catalog: the caller hands it plain documents through SearchIndex.build().

/** One game as the search engine sees it. */
export interface SearchDocument {
  /** games.id */
  id: number;
  /** titles[0] is the display name; the rest are alternative and release titles (may include Japanese). */
  titles: string[];
  /** 0..100 from the importer. */
  popularity: number;
  /** platforms.id of its releases. */
  platformIds: number[];
  /** Distinct known release years (may be empty). */
  years: number[];
  /** For sort=name. */
  sortName: string;
  /** "YYYY", "YYYY-MM" or "YYYY-MM-DD"; for sort=release_date. */
  firstReleaseDate: string | null;
}

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
