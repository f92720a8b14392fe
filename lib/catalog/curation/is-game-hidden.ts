import "server-only";

import { getCatalogDb } from "../db";

/**
 * Whether an admin hid this game. Checked before any IGDB fallback: a hidden game is a plain 404, and
 * asking IGDB for it would both leak it and write it back into the replica.
 */
export function isGameHidden(game: { id: number } | { slug: string }): boolean {
  const db = getCatalogDb();
  const hidden =
    "id" in game
      ? db.prepare("SELECT hidden FROM game_curation WHERE game_id = ?").pluck().get(game.id)
      : db.prepare("SELECT c.hidden FROM games g JOIN game_curation c ON c.game_id = g.id WHERE g.slug = ?").pluck().get(game.slug);
  return hidden === 1;
}

/** Which of these games an admin hid (one query for the whole list). */
export function hiddenGameIds(ids: readonly number[]): Set<number> {
  if (ids.length === 0) return new Set();
  const sql = `SELECT game_id FROM game_curation WHERE hidden = 1 AND game_id IN (${ids.map(() => "?").join(",")})`;
  return new Set(
    getCatalogDb()
      .prepare(sql)
      .pluck()
      .all(...ids) as number[],
  );
}

/** The games of a list an admin has not hidden. */
export function withoutHiddenGames<G extends { id: number }>(games: readonly G[]): G[] {
  const hidden = hiddenGameIds(games.map((g) => g.id));
  return hidden.size === 0 ? [...games] : games.filter((g) => !hidden.has(g.id));
}
