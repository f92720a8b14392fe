// The Apicalypse queries Questlog sends. One field list for every game fetch, so the search leg, the
// by-id lookup, the sync and the refresh all produce the same complete IgdbGame.
import { anyOf, Apicalypse, quote } from "./apicalypse";

export const GAME_FIELDS = [
  "name",
  "slug",
  "summary",
  "first_release_date",
  "total_rating",
  "total_rating_count",
  "rating",
  "cover.image_id",
  "platforms.name",
  "platforms.slug",
  "platforms.abbreviation",
  "release_dates.date",
  "release_dates.y",
  "release_dates.m",
  "release_dates.platform",
  "release_dates.release_region",
  "release_dates.region",
  "release_dates.date_format",
  "release_dates.category",
  "involved_companies.publisher",
  "involved_companies.developer",
  "involved_companies.company.name",
  "involved_companies.company.slug",
  "alternative_names.name",
  "game_type",
  "category",
  "version_parent",
  "updated_at",
  "checksum",
];

export interface GameSearchFilters {
  platformId?: number;
  year?: number;
}

/** Search by name; version_parent = null keeps editions out, as IGDB's own site does. */
export function searchGamesQuery(text: string, limit: number, filters: GameSearchFilters = {}): string {
  let query = Apicalypse.query().fields(GAME_FIELDS).search(text).where("version_parent = null").limit(limit);
  if (filters.platformId !== undefined) query = query.where(`platforms = (${filters.platformId})`);
  if (filters.year !== undefined) {
    const from = Date.UTC(filters.year, 0, 1) / 1000;
    const to = Date.UTC(filters.year + 1, 0, 1) / 1000;
    query = query.where(`first_release_date >= ${from} & first_release_date < ${to}`);
  }
  return query.build();
}

export function gamesByIdsQuery(ids: readonly number[]): string {
  return Apicalypse.query()
    .fields(GAME_FIELDS)
    .where(`id = ${anyOf(ids)}`)
    .limit(ids.length)
    .build();
}

export function gameBySlugQuery(slug: string): string {
  return Apicalypse.query()
    .fields(GAME_FIELDS)
    .where(`slug = ${quote(slug)}`)
    .limit(1)
    .build();
}

/** Only what tells whether a game changed. */
export function gameVersionsQuery(ids: readonly number[]): string {
  return Apicalypse.query()
    .fields(["updated_at", "checksum"])
    .where(`id = ${anyOf(ids)}`)
    .limit(ids.length)
    .build();
}

/** The most popular games by IGDB's "visits" primitive (popularity_type 1), one page at a time. */
export function popularityPageQuery(limit: number, offset: number): string {
  return Apicalypse.query()
    .fields(["game_id", "value", "popularity_type"])
    .where("popularity_type = 1")
    .sort("value", "desc")
    .limit(limit)
    .offset(offset)
    .build();
}
