// What the rest of Questlog gets from IGDB: plain, complete, drift-free shapes (see reshape.ts).

export interface IgdbPlatform {
  id: number;
  name: string | null;
  slug: string | null;
  abbreviation: string | null;
}

export interface IgdbCompanyCredit {
  id: number;
  name: string | null;
  slug: string | null;
  publisher: boolean;
  developer: boolean;
}

export interface IgdbRelease {
  id: number;
  platformId: number | null;
  /** "YYYY", "YYYY-MM" or "YYYY-MM-DD", as precise as IGDB's date format says; null when TBD. */
  date: string | null;
  year: number | null;
  /** "Europe", "North America", "Japan", … */
  region: string | null;
}

export interface IgdbGame {
  id: number;
  name: string;
  slug: string | null;
  summary: string | null;
  /** 0..100 (IGDB's total_rating, else its user rating). */
  rating: number | null;
  ratingCount: number | null;
  coverImageId: string | null;
  firstReleaseDate: string | null;
  firstReleaseYear: number | null;
  platforms: IgdbPlatform[];
  releases: IgdbRelease[];
  companies: IgdbCompanyCredit[];
  alternativeNames: string[];
  /** "main_game", "remake", "port", …; null when IGDB did not say. */
  gameType: string | null;
  versionParentId: number | null;
  /** Unix seconds of IGDB's last change, and its checksum: together they tell whether a refresh is needed. */
  updatedAt: number | null;
  checksum: string | null;
}

export interface IgdbPopularity {
  gameId: number;
  value: number;
}
