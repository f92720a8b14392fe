// The contract between the catalog (which loads documents from SQLite) and the in-memory search engine.
// The engine never imports the rest of the catalog: the caller hands it plain documents through
// SearchIndex.build(). The catalog produces them, so the contract lives here.

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
