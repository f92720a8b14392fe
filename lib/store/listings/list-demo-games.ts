import "server-only";

import { NOT_HIDDEN_SQL } from "@/lib/catalog/curation/not-hidden-sql";
import { getCatalogDb } from "@/lib/catalog/db";

import type { DemoGame } from "./demo-price-rule";

/** The catalog's most popular games (the order of listPopularGameSlugs), with release year and rank, for the demo prices. */
export function listDemoGames(limit: number): DemoGame[] {
  const rows = getCatalogDb()
    .prepare(`SELECT g.id, g.first_release_year AS year FROM games g WHERE ${NOT_HIDDEN_SQL} ORDER BY g.popularity DESC, g.id LIMIT ?`)
    .all(limit) as Array<{ id: number; year: number | null }>;
  return rows.map((row, rank) => ({ id: row.id, year: row.year, rank }));
}
