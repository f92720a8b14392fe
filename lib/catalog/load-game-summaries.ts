import "server-only";

import { coverUrl } from "./cover-url";
import { getCatalogDb } from "./db";
import { GameSummarySchema, type GameSummary } from "./schemas";

interface GameRow {
  id: number;
  name: string;
  slug: string;
  cover_image_id: string | null;
  first_release_date: string | null;
  first_release_year: number | null;
  rating: number | null;
  summary: string | null;
  popularity: number;
  publisher: string | null;
}

// Admin overrides (game_curation, migration 4) win over IGDB's values at read time: the sync rewrites the
// games row, never the override. Every read of these columns joins `LEFT JOIN game_curation c ON c.game_id = g.id`.
const GAME_COLUMNS = `g.id, COALESCE(c.name, g.name) AS name, g.slug, COALESCE(c.cover_image_id, g.cover_image_id) AS cover_image_id,
  g.first_release_date, g.first_release_year, g.rating, COALESCE(c.summary, g.summary) AS summary, g.popularity,
  (SELECT co.name FROM releases r JOIN companies co ON co.id = r.publisher_id WHERE r.game_id = g.id
    GROUP BY co.id ORDER BY count(*) DESC, min(r.year) LIMIT 1) AS publisher`;

/**
 * Summaries for the given ids, in the same order; unknown ids are dropped, and so are games an admin hid
 * unless `includeHidden` (someone's library still names a game that left the catalog).
 */
export function loadGameSummaries(ids: readonly number[], { includeHidden = false }: { includeHidden?: boolean } = {}): GameSummary[] {
  if (ids.length === 0) return [];
  const db = getCatalogDb();
  const placeholders = ids.map(() => "?").join(",");
  const rows = db
    .prepare(
      `SELECT ${GAME_COLUMNS} FROM games g LEFT JOIN game_curation c ON c.game_id = g.id WHERE g.id IN (${placeholders})${includeHidden ? "" : " AND c.hidden IS NOT 1"}`,
    )
    .all(...ids) as GameRow[];
  const platformRows = db
    .prepare(
      `SELECT DISTINCT r.game_id, p.slug, p.name FROM releases r JOIN platforms p ON p.id = r.platform_id
       WHERE r.game_id IN (${placeholders}) ORDER BY p.game_count DESC`,
    )
    .all(...ids) as Array<{ game_id: number; slug: string; name: string }>;
  const platforms = new Map<number, Array<{ slug: string; name: string }>>();
  for (const p of platformRows) {
    const list = platforms.get(p.game_id) ?? [];
    list.push({ slug: p.slug, name: p.name });
    platforms.set(p.game_id, list);
  }
  const byId = new Map(rows.map((row) => [row.id, row]));
  return ids.flatMap((id) => {
    const row = byId.get(id);
    if (!row) return [];
    return [
      GameSummarySchema.parse({
        id: row.id,
        name: row.name,
        slug: row.slug,
        cover_url: coverUrl(row.cover_image_id),
        release_date: row.first_release_date,
        release_year: row.first_release_year,
        rating: row.rating,
        summary: row.summary,
        platforms: platforms.get(id) ?? [],
        publisher: row.publisher,
        popularity: row.popularity,
      }),
    ];
  });
}
