import "server-only";

import { getCatalogDb } from "./db";

/** The sitemap protocol's limit per file (sitemaps.org): a child sitemap never lists more URLs. */
export const SITEMAP_MAX_URLS = 50_000;

/** One URL of a sitemap: a site path and, when the catalog knows it, when its content last changed (ISO 8601). */
export interface SitemapEntry {
  path: string;
  lastModified?: string;
}

// A game page changes when IGDB's row is rewritten (games.updated_at) or when an admin curates it
// (game_curation.updated_at): its lastmod is the later of the two. The LEFT JOIN on game_curation's primary
// key is one lookup per row, and also leaves out hidden games without a second query.
const LISTED_GAMES = `FROM games g LEFT JOIN game_curation c ON c.game_id = g.id WHERE c.hidden IS NOT 1`;

/** How many games have a public page: every catalog game an admin has not hidden. */
export function countListedGames(): number {
  return getCatalogDb().prepare(`SELECT count(*) ${LISTED_GAMES}`).pluck().get() as number;
}

/** How many child sitemaps the listed games fill, SITEMAP_MAX_URLS each (at least one, so the index is never empty of games). */
export function countGameSitemaps(listedGames: number = countListedGames()): number {
  return Math.max(1, Math.ceil(listedGames / SITEMAP_MAX_URLS));
}

/**
 * The game pages of one child sitemap (0-based), in id order: child n holds the listed games n×50,000 to
 * (n+1)×50,000−1, so the children together list every listed game once. One scan of games' primary key per
 * child; an index past the last child lists nothing.
 */
export function listGameSitemapEntries(child: number): SitemapEntry[] {
  if (!Number.isInteger(child) || child < 0) return [];
  const rows = getCatalogDb()
    .prepare(`SELECT g.slug, max(g.updated_at, COALESCE(c.updated_at, '')) AS lastmod ${LISTED_GAMES} ORDER BY g.id LIMIT ? OFFSET ?`)
    .all(SITEMAP_MAX_URLS, child * SITEMAP_MAX_URLS) as Array<{ slug: string; lastmod: string }>;
  return rows.map((row) => ({ path: `/games/${row.slug}`, lastModified: row.lastmod }));
}

/**
 * The pages that are not a game: the home page, the platform list, deals, and one page per platform that has
 * games. A platform's lastmod is its latest game's; the home page and platform list take the catalog's latest change.
 */
export function listPageSitemapEntries(): SitemapEntry[] {
  const db = getCatalogDb();
  const platforms = db
    .prepare(
      `SELECT p.slug, (SELECT max(g.updated_at) FROM releases r JOIN games g ON g.id = r.game_id WHERE r.platform_id = p.id) AS lastmod
       FROM platforms p ORDER BY p.id`,
    )
    .all() as Array<{ slug: string; lastmod: string | null }>;
  // The home page shows the featured shelf, which admins curate: the later of the two tables' latest change.
  const latest =
    (db
      .prepare("SELECT max((SELECT max(updated_at) FROM games), COALESCE((SELECT max(updated_at) FROM game_curation), ''))")
      .pluck()
      .get() as string | null) ?? undefined;
  return [
    { path: "/", lastModified: latest },
    { path: "/platforms", lastModified: latest },
    // Prices move on their own clock, not the catalog's: no lastmod rather than a wrong one.
    { path: "/deals" },
    ...platforms.flatMap((p) => (p.lastmod ? [{ path: `/platforms/${p.slug}`, lastModified: p.lastmod }] : [])),
  ];
}
