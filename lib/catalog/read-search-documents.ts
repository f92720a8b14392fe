// Reads every game as a search document from a catalog connection. No "server-only": the benchmark and
// tests call it with their own read-only connection; the server goes through listSearchDocuments().
import type { CatalogDatabase } from "./open-catalog-database";
import type { SearchDocument } from "./search-document";
import { sortNameOf } from "./write-games";

/**
 * Display name first, then alternative titles; platforms and years from the releases. Three sequential
 * scans for the whole catalog, or three indexed lookups per game when ids are given (after a write).
 * Games an admin hid are left out (a caller that asked for an id and got nothing back removes it from
 * the index); a name an admin set is the display name, and IGDB's name stays searchable after it.
 */
export function readSearchDocuments(db: CatalogDatabase, ids?: readonly number[]): SearchDocument[] {
  if (ids) {
    const holder = ids.length > 0 ? ids.map(() => "?").join(",") : "NULL";
    return readDocuments(db, ` AND g.id IN (${holder})`, ` WHERE game_id IN (${holder})`, ids);
  }
  return readDocuments(db, "", "", []);
}

interface GameRow {
  id: number;
  name: string;
  override: string | null;
  sort_name: string;
  popularity: number;
  first_release_date: string | null;
}

/** A read-only connection to a file no server has migrated yet (bench:search on an old replica) has no curation. */
function hasCuration(db: CatalogDatabase): boolean {
  return db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'game_curation'").get() !== undefined;
}

function readDocuments(db: CatalogDatabase, gameWhere: string, childWhere: string, ids: readonly number[]): SearchDocument[] {
  const docs = new Map<number, SearchDocument>();
  const games = (
    hasCuration(db)
      ? db.prepare(
          `SELECT g.id, g.name, c.name AS override, g.sort_name, g.popularity, g.first_release_date
           FROM games g LEFT JOIN game_curation c ON c.game_id = g.id WHERE c.hidden IS NOT 1${gameWhere} ORDER BY g.id`,
        )
      : db.prepare(
          `SELECT g.id, g.name, NULL AS override, g.sort_name, g.popularity, g.first_release_date FROM games g WHERE 1${gameWhere} ORDER BY g.id`,
        )
  ).all(...ids) as GameRow[];
  for (const g of games) {
    const renamed = g.override !== null && g.override !== g.name;
    docs.set(g.id, {
      id: g.id,
      titles: renamed ? [g.override!, g.name] : [g.name],
      popularity: g.popularity,
      platformIds: [],
      years: [],
      sortName: renamed ? sortNameOf(g.override!) : g.sort_name,
      firstReleaseDate: g.first_release_date,
    });
  }
  for (const row of db.prepare(`SELECT game_id, title FROM alternative_titles${childWhere}`).iterate(...ids) as Iterable<{
    game_id: number;
    title: string;
  }>) {
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
