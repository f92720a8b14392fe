import "server-only";

import { cache } from "react";

import { getCatalogDb } from "./db";
import { loadGameSummaries } from "./load-game-summaries";
import { GameDetailSchema, type GameDetail } from "./schemas";

interface ReleaseRow {
  title: string;
  platform_slug: string;
  platform_name: string;
  regions: string;
  release_date: string | null;
  publisher: string | null;
  developer: string | null;
  serial: string | null;
  revision: string | null;
  status: string | null;
  is_parent: number;
}

/** Uncached read; pages and handlers use getGameById/getGameBySlug. */
export function loadGameDetail(id: number): GameDetail | null {
  const summary = loadGameSummaries([id])[0];
  if (!summary) return null;
  const db = getCatalogDb();
  const releases = db
    .prepare(
      `SELECT r.title, p.slug AS platform_slug, p.name AS platform_name, r.regions, r.release_date,
              pub.name AS publisher, dev.name AS developer, r.serial, r.revision, r.status,
              (r.parent_name = r.mame_name) AS is_parent
       FROM releases r JOIN platforms p ON p.id = r.platform_id
       LEFT JOIN companies pub ON pub.id = r.publisher_id LEFT JOIN companies dev ON dev.id = r.developer_id
       WHERE r.game_id = ? ORDER BY p.name, r.release_date IS NULL, r.release_date, r.title`,
    )
    .all(id) as ReleaseRow[];
  const altTitles = db.prepare("SELECT title FROM alternative_titles WHERE game_id = ? ORDER BY title").pluck().all(id) as string[];
  const updatedAt = db.prepare("SELECT updated_at FROM games WHERE id = ?").pluck().get(id) as string;
  const distinct = (values: Array<string | null>) => [...new Set(values.filter((v): v is string => Boolean(v)))];
  return GameDetailSchema.parse({
    ...summary,
    alternative_titles: altTitles,
    publishers: distinct(releases.map((r) => r.publisher)),
    developers: distinct(releases.map((r) => r.developer)),
    releases: releases.map((r) => ({
      title: r.title,
      platform: { slug: r.platform_slug, name: r.platform_name },
      regions: r.regions ? r.regions.split(", ") : [],
      release_date: r.release_date,
      publisher: r.publisher,
      developer: r.developer,
      serial: r.serial,
      revision: r.revision,
      status: r.status,
      is_parent: r.is_parent === 1,
    })),
    updated_at: updatedAt,
  });
}

/** The full game with its releases, or null. Wrapped in React cache() so metadata and page share one read. */
export const getGameById = cache((id: number): GameDetail | null => loadGameDetail(id));

export const getGameBySlug = cache((slug: string): GameDetail | null => {
  const id = getCatalogDb().prepare("SELECT id FROM games WHERE slug = ?").pluck().get(slug) as number | undefined;
  return id === undefined ? null : loadGameDetail(id);
});
