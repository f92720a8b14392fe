import "server-only";

import { coverUrl } from "@/lib/catalog/cover-url";
import { getCatalogDb } from "@/lib/catalog/db";

import type { AdminGameDetail } from "./admin-catalog-schemas";
import { readPrerenderedSlugs } from "./read-prerendered-slugs";

interface Row {
  id: number;
  slug: string;
  name: string;
  summary: string | null;
  cover_image_id: string | null;
  first_release_year: number | null;
  popularity: number;
  source: string;
  synced_at: string | null;
  updated_at: string;
  o_name: string | null;
  o_summary: string | null;
  o_cover: string | null;
  featured_at: string | null;
  hidden: number | null;
  curated_at: string | null;
  curated_by: string | null;
}

/** One game as the console edits it: IGDB's values, the overrides beside them, and its flags. Hidden games included. */
export function getAdminGame(id: number): AdminGameDetail | null {
  const row = getCatalogDb()
    .prepare(
      `SELECT g.id, g.slug, g.name, g.summary, g.cover_image_id, g.first_release_year, g.popularity, g.source, g.synced_at, g.updated_at,
              c.name AS o_name, c.summary AS o_summary, c.cover_image_id AS o_cover, c.featured_at, c.hidden,
              c.updated_at AS curated_at, c.updated_by AS curated_by
       FROM games g LEFT JOIN game_curation c ON c.game_id = g.id WHERE g.id = ?`,
    )
    .get(id) as Row | undefined;
  if (!row) return null;
  const prerender = readPrerenderedSlugs();
  const displayCover = row.o_cover ?? row.cover_image_id;
  return {
    id: row.id,
    slug: row.slug,
    public_path: `/games/${row.slug}`,
    display: {
      name: row.o_name ?? row.name,
      summary: row.o_summary ?? row.summary,
      cover_image_id: displayCover,
      cover_url: coverUrl(displayCover),
    },
    igdb: { name: row.name, summary: row.summary, cover_image_id: row.cover_image_id, cover_url: coverUrl(row.cover_image_id) },
    overrides: { name: row.o_name, summary: row.o_summary, cover_image_id: row.o_cover },
    featured: row.featured_at !== null,
    featured_at: row.featured_at,
    hidden: row.hidden === 1,
    edited: row.o_name !== null || row.o_summary !== null || row.o_cover !== null,
    curated_at: row.curated_at,
    curated_by: row.curated_by,
    release_year: row.first_release_year,
    popularity: row.popularity,
    source: row.source,
    synced_at: row.synced_at,
    updated_at: row.updated_at,
    prerendered: prerender.available ? prerender.slugs.includes(row.slug) : null,
  };
}
