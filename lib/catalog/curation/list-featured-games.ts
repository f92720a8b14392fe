import "server-only";

import { getCatalogDb } from "../db";
import { loadGameSummaries } from "../load-game-summaries";
import type { GameSummary } from "../schemas";

/** The home page's featured shelf: featured games an admin has not hidden, the most recently featured first. */
export function listFeaturedGames(limit = 12): GameSummary[] {
  const ids = getCatalogDb()
    .prepare(
      `SELECT c.game_id FROM game_curation c JOIN games g ON g.id = c.game_id
       WHERE c.featured_at IS NOT NULL AND c.hidden = 0 ORDER BY c.featured_at DESC, c.game_id LIMIT ?`,
    )
    .pluck()
    .all(limit) as number[];
  return loadGameSummaries(ids);
}
