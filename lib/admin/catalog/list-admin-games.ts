import "server-only";

import { coverUrl } from "@/lib/catalog/cover-url";
import { getCatalogDb } from "@/lib/catalog/db";
import { slugify } from "@/lib/text/fold";

import type { AdminGameList, AdminGameRow, ListAdminGamesQuery } from "./admin-catalog-schemas";
import { readPrerenderedSlugs } from "./read-prerendered-slugs";

interface Row {
  id: number;
  slug: string;
  name: string;
  igdb_name: string;
  cover_image_id: string | null;
  first_release_year: number | null;
  popularity: number;
  featured_at: string | null;
  hidden: number | null;
  edited: number;
}

const FILTERS = {
  all: "1",
  featured: "c.featured_at IS NOT NULL",
  hidden: "c.hidden = 1",
  edited: "(c.name IS NOT NULL OR c.summary IS NOT NULL OR c.cover_image_id IS NOT NULL)",
} as const;

/**
 * The console's game list. Unlike the public reads it includes hidden games (an admin must find them to
 * unhide them), and it matches in SQL rather than through the search index, which holds no hidden games:
 * the IGDB name, the override, the slug (accent-folded, so "pokemon" finds "Pokémon") or the exact id.
 * A LIKE scan of the replica takes some milliseconds, fine for an admin page.
 */
export function listAdminGames(query: ListAdminGamesQuery): AdminGameList {
  const db = getCatalogDb();
  const where: string[] = [FILTERS[query.filter]];
  const params: Record<string, string | number> = {};
  if (query.q) {
    where.push("(g.name LIKE @like ESCAPE '\\' OR c.name LIKE @like ESCAPE '\\' OR g.slug LIKE @slug ESCAPE '\\' OR g.id = @id)");
    const escape = (s: string) => s.replace(/[\\%_]/g, (m) => `\\${m}`);
    params.like = `%${escape(query.q)}%`;
    params.slug = `%${escape(slugify(query.q)) || escape(query.q)}%`;
    params.id = /^\d{1,10}$/.test(query.q) ? Number(query.q) : -1;
    params.exact = query.q;
  }
  const clause = where.join(" AND ");
  const from = "FROM games g LEFT JOIN game_curation c ON c.game_id = g.id";
  const total = db.prepare(`SELECT count(*) ${from} WHERE ${clause}`).pluck().get(params) as number;
  // Exact names first when searching; the featured shelf's order under its filter; else the most popular.
  const order = [
    query.q ? "(g.id = @id OR COALESCE(c.name, g.name) = @exact COLLATE NOCASE) DESC" : null,
    query.filter === "featured" ? "c.featured_at DESC" : null,
    "g.popularity DESC, g.id",
  ]
    .filter(Boolean)
    .join(", ");
  const rows = db
    .prepare(
      `SELECT g.id, g.slug, COALESCE(c.name, g.name) AS name, g.name AS igdb_name, COALESCE(c.cover_image_id, g.cover_image_id) AS cover_image_id,
              g.first_release_year, g.popularity, c.featured_at, c.hidden,
              (c.name IS NOT NULL OR c.summary IS NOT NULL OR c.cover_image_id IS NOT NULL) AS edited
       ${from} WHERE ${clause} ORDER BY ${order} LIMIT @limit OFFSET @offset`,
    )
    .all({ ...params, limit: query.limit, offset: query.offset }) as Row[];
  const prerender = readPrerenderedSlugs();
  const prerendered = new Set(prerender.available ? prerender.slugs : []);
  const games = rows.map((r): AdminGameRow => ({
    id: r.id,
    slug: r.slug,
    name: r.name,
    igdb_name: r.igdb_name,
    cover_url: coverUrl(r.cover_image_id, "cover_small"),
    release_year: r.first_release_year,
    popularity: r.popularity,
    featured: r.featured_at !== null,
    hidden: r.hidden === 1,
    edited: r.edited === 1,
    prerendered: prerendered.has(r.slug),
  }));
  return { games, total, limit: query.limit, offset: query.offset, prerender_known: prerender.available };
}
