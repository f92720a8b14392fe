// Reads every game as a search document from a catalog connection. No "server-only": the benchmark and
// tests call it with their own read-only connection; the server goes through listSearchDocuments().
import type { SearchDocument } from "@/lib/search/types";

import type { CatalogDatabase } from "./open-catalog-database";

/**
 * Display name first, then alternative titles; platforms and years from the releases. Three sequential
 * scans for the whole catalog, or three indexed lookups per game when ids are given (after a write).
 */
export function readSearchDocuments(db: CatalogDatabase, ids?: readonly number[]): SearchDocument[] {
  if (ids) {
    const holder = ids.length > 0 ? ids.map(() => "?").join(",") : "NULL";
    return readDocuments(db, ` WHERE id IN (${holder})`, ` WHERE game_id IN (${holder})`, ids);
  }
  return readDocuments(db, "", "", []);
}

function readDocuments(db: CatalogDatabase, gameWhere: string, childWhere: string, ids: readonly number[]): SearchDocument[] {
  const docs = new Map<number, SearchDocument>();
  const games = db
    .prepare(`SELECT id, name, sort_name, popularity, first_release_date FROM games${gameWhere} ORDER BY id`)
    .all(...ids) as Array<{ id: number; name: string; sort_name: string; popularity: number; first_release_date: string | null }>;
  for (const g of games) {
    docs.set(g.id, {
      id: g.id,
      titles: [g.name],
      popularity: g.popularity,
      platformIds: [],
      years: [],
      sortName: g.sort_name,
      firstReleaseDate: g.first_release_date,
    });
  }
  for (const row of db.prepare(`SELECT game_id, title FROM alternative_titles${childWhere}`).iterate(...ids) as Iterable<{ game_id: number; title: string }>) {
    docs.get(row.game_id)?.titles.push(row.title);
  }
  const releases = db.prepare(`SELECT DISTINCT game_id, platform_id, year FROM releases${childWhere}`).iterate(...ids) as Iterable<{
    game_id: number;
    platform_id: number;
    year: number | null;
  }>;
  for (const row of releases) {
    const doc = docs.get(row.game_id);
    if (!doc) continue;
    if (!doc.platformIds.includes(row.platform_id)) doc.platformIds.push(row.platform_id);
    if (row.year !== null && !doc.years.includes(row.year)) doc.years.push(row.year);
  }
  return [...docs.values()];
}
