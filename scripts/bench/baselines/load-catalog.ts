// Reads the imported catalog for the search benchmark: documents for in-memory engines and the slug → id
// map that resolves the labelled queries. It queries SQLite itself (rather than lib/catalog) so that the
// benchmark runs outside Next.js and measures exactly what it loads.
import type Database from "better-sqlite3";

import type { SearchDocument } from "@/lib/search/types";

/** Every game as a search document: display name first, then its alternative titles. */
export function loadSearchDocuments(db: Database.Database): SearchDocument[] {
  const docs = new Map<number, SearchDocument>();
  const games = db
    .prepare("SELECT id, name, sort_name, popularity, first_release_date FROM games")
    .all() as Array<{ id: number; name: string; sort_name: string; popularity: number; first_release_date: string | null }>;
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
  const alternatives = db.prepare("SELECT game_id, title FROM alternative_titles").all() as Array<{ game_id: number; title: string }>;
  for (const row of alternatives) docs.get(row.game_id)?.titles.push(row.title);
  const releases = db.prepare("SELECT DISTINCT game_id, platform_id, year FROM releases").all() as Array<{
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

/** games.slug → games.id */
export function loadSlugIds(db: Database.Database): Map<string, number> {
  const rows = db.prepare("SELECT id, slug FROM games").all() as Array<{ id: number; slug: string }>;
  return new Map(rows.map((r) => [r.slug, r.id]));
}
