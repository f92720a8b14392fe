import "server-only";

import { NOT_HIDDEN_SQL } from "./curation/not-hidden-sql";
import { getCatalogDb } from "./db";
import { loadGameSummaries } from "./load-game-summaries";
import type { GameSummary } from "./schemas";

export type BrowseSort = "popularity" | "release_date" | "name";

const ORDER_BY: Record<BrowseSort, string> = {
  popularity: "g.popularity DESC, g.id",
  release_date: "g.first_release_date IS NULL, g.first_release_date DESC, g.popularity DESC",
  name: "g.sort_name, g.id",
};

export interface BrowseOptions {
  platformId?: number;
  year?: number;
  sort?: BrowseSort;
  limit: number;
  offset: number;
}

/** Pages through games without a query: the home page, platform pages and year browsing. */
export function listGames(options: BrowseOptions): { games: GameSummary[]; total: number } {
  const db = getCatalogDb();
  const where: string[] = [NOT_HIDDEN_SQL];
  const params: number[] = [];
  if (options.platformId !== undefined) {
    where.push("g.id IN (SELECT game_id FROM releases WHERE platform_id = ?)");
    params.push(options.platformId);
  }
  if (options.year !== undefined) {
    where.push("g.id IN (SELECT game_id FROM releases WHERE year = ?)");
    params.push(options.year);
  }
  const clause = `WHERE ${where.join(" AND ")}`;
  const total = db
    .prepare(`SELECT count(*) FROM games g ${clause}`)
    .pluck()
    .get(...params) as number;
  const ids = db
    .prepare(`SELECT g.id FROM games g ${clause} ORDER BY ${ORDER_BY[options.sort ?? "popularity"]} LIMIT ? OFFSET ?`)
    .pluck()
    .all(...params, options.limit, options.offset) as number[];
  return { games: loadGameSummaries(ids), total };
}

/** Slugs of the most popular games: the pages `next build` prerenders. */
export function listPopularGameSlugs(limit: number): string[] {
  return getCatalogDb()
    .prepare(`SELECT g.slug FROM games g WHERE ${NOT_HIDDEN_SQL} ORDER BY g.popularity DESC, g.id LIMIT ?`)
    .pluck()
    .all(limit) as string[];
}
