import "server-only";

import { getCatalogDb } from "./db";

export interface CatalogStats {
  games: number;
  releases: number;
  platforms: number;
  importedAt: string | null;
}

export function getCatalogStats(): CatalogStats {
  const db = getCatalogDb();
  const count = (table: string) => db.prepare(`SELECT count(*) FROM ${table}`).pluck().get() as number;
  const importedAt =
    (db.prepare("SELECT value FROM catalog_meta WHERE key = 'import.completed_at'").pluck().get() as string | undefined) ?? null;
  return { games: count("games"), releases: count("releases"), platforms: count("platforms"), importedAt };
}
