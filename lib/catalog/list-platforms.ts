import "server-only";

import { getCatalogDb } from "./db";
import { PlatformSchema, type Platform } from "./schemas";

/** Platforms by number of games, largest first. */
export function listPlatforms(limit = 1000): Platform[] {
  const rows = getCatalogDb().prepare("SELECT id, slug, name, game_count FROM platforms ORDER BY game_count DESC, name LIMIT ?").all(limit);
  return PlatformSchema.array().parse(rows);
}

export function getPlatformBySlug(slug: string): Platform | null {
  const row = getCatalogDb().prepare("SELECT id, slug, name, game_count FROM platforms WHERE slug = ?").get(slug);
  return row ? PlatformSchema.parse(row) : null;
}

/** Release years of a platform's games with counts, for the year filter. */
export function listPlatformYears(platformId: number): Array<{ year: number; count: number }> {
  return getCatalogDb()
    .prepare(
      `SELECT year, count(DISTINCT game_id) AS count FROM releases WHERE platform_id = ? AND year IS NOT NULL
       GROUP BY year ORDER BY year`,
    )
    .all(platformId) as Array<{ year: number; count: number }>;
}
