import "server-only";

import { getCatalogDb } from "./db";

/**
 * The game's name and alternative titles (empty for an unknown id), with an admin's display name first when
 * one is set: the search engine indexes it, so a search for it is a literal match and needs no IGDB leg.
 */
export function listGameTitles(id: number): string[] {
  const db = getCatalogDb();
  const row = db
    .prepare("SELECT g.name, c.name AS override FROM games g LEFT JOIN game_curation c ON c.game_id = g.id WHERE g.id = ?")
    .get(id) as { name: string; override: string | null } | undefined;
  if (row === undefined) return [];
  const names = row.override !== null && row.override !== row.name ? [row.override, row.name] : [row.name];
  return [...names, ...(db.prepare("SELECT title FROM alternative_titles WHERE game_id = ?").pluck().all(id) as string[])];
}
