import "server-only";

import { getCatalogDb } from "@/lib/catalog/db";

/**
 * Catalog game ids whose title (IGDB's or the admin's override) contains `text`, any case, hidden games included,
 * most popular first, at most `limit`: the console's listing search, which PostgreSQL cannot answer (titles live
 * in the catalog). A LIKE scan of the replica takes milliseconds.
 */
export function findGameIdsByTitle(text: string, limit = 5_000): number[] {
  const like = `%${text.replace(/[\\%_]/g, (m) => `\\${m}`)}%`;
  return getCatalogDb()
    .prepare(
      `SELECT g.id FROM games g LEFT JOIN game_curation c ON c.game_id = g.id
       WHERE g.name LIKE @like ESCAPE '\\' OR c.name LIKE @like ESCAPE '\\' ORDER BY g.popularity DESC, g.id LIMIT @limit`,
    )
    .pluck()
    .all({ like, limit }) as number[];
}
