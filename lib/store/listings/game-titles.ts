import "server-only";

import { loadGameSummaries } from "@/lib/catalog/load-game-summaries";

/**
 * Titles (and slugs) of catalog games by id, hidden games included: the store keeps game ids only, and the
 * console shows names. A game that left the catalog is absent (the console shows its id).
 */
export function gameTitles(gameIds: readonly number[]): Map<number, { title: string; slug: string }> {
  const ids = [...new Set(gameIds)];
  return new Map(loadGameSummaries(ids, { includeHidden: true }).map((game) => [game.id, { title: game.name, slug: game.slug }]));
}
