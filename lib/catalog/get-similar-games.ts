import "server-only";

import { NOT_HIDDEN_SQL } from "./curation/not-hidden-sql";
import { getCatalogDb } from "./db";
import { titleKey } from "./import/title-key";
import { loadGameSummaries } from "./load-game-summaries";
import type { GameDetail, GameSummary } from "./schemas";

const STOP_WORDS = new Set(["the", "of", "and", "a", "an", "in", "to", "no", "de", "la", "le", "version", "edition"]);

/**
 * Games of the same series first (titles sharing the first significant words, through the FTS index),
 * then games by the same publisher on the same platforms, most popular first.
 */
export function getSimilarGames(game: GameDetail, limit = 8): GameSummary[] {
  const db = getCatalogDb();
  const words = titleKey(game.name)
    .split(" ")
    .filter((w) => w.length > 1 && !STOP_WORDS.has(w))
    .slice(0, 2);
  const ids: number[] = [];
  if (words.length > 0) {
    // Quoted terms: title words can never be read as FTS5 syntax.
    const match = words.map((w) => `"${w.replace(/"/g, "")}"`).join(" ");
    const series = db
      .prepare(
        `SELECT g.id FROM game_search s JOIN games g ON g.id = s.rowid
         WHERE game_search MATCH ? AND g.id <> ? AND ${NOT_HIDDEN_SQL} ORDER BY g.popularity DESC LIMIT ?`,
      )
      .pluck()
      .all(`name : (${match})`, game.id, limit) as number[];
    ids.push(...series);
  }
  if (ids.length < limit && game.publisher) {
    const samePublisher = db
      .prepare(
        `SELECT DISTINCT g.id FROM releases r JOIN games g ON g.id = r.game_id JOIN companies c ON c.id = r.publisher_id
         WHERE c.name = ? AND g.id <> ? AND ${NOT_HIDDEN_SQL} AND r.platform_id IN (SELECT platform_id FROM releases WHERE game_id = ?)
         ORDER BY g.popularity DESC LIMIT ?`,
      )
      .pluck()
      .all(game.publisher, game.id, game.id, limit * 2) as number[];
    for (const id of samePublisher) if (!ids.includes(id) && ids.length < limit) ids.push(id);
  }
  return loadGameSummaries(ids);
}
