import "server-only";

import { getCatalogDb } from "./db";

/** The game's name and alternative titles (empty for an unknown id). */
export function listGameTitles(id: number): string[] {
  const db = getCatalogDb();
  const name = db.prepare("SELECT name FROM games WHERE id = ?").pluck().get(id) as string | undefined;
  if (name === undefined) return [];
  return [name, ...(db.prepare("SELECT title FROM alternative_titles WHERE game_id = ?").pluck().all(id) as string[])];
}
