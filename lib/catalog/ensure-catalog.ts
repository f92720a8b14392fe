// First start: an empty catalog is seeded by itself, so `npm start` needs no setup step. In zero-config
// mode the embedded CC0 data is imported for the IGDB stand-in and its most popular slice seeds the local
// replica. With real IGDB credentials the replica starts empty and fills from IGDB (`npm run igdb:sync`).
import { getEnv, usesRealIgdb } from "@/lib/env";

import type { ImportOptions } from "./import/import-catalog";
import type { CatalogDatabase } from "./open-catalog-database";
import { ensureStandinCatalog } from "./seed/ensure-standin-catalog";
import { seedCatalogFromStandin, type SeedResult } from "./seed/seed-catalog-from-standin";

export function isCatalogEmpty(db: CatalogDatabase): boolean {
  return (db.prepare("SELECT count(*) FROM games").pluck().get() as number) === 0;
}

/** Seeds an empty replica in zero-config mode; returns null when nothing was needed. */
export async function ensureCatalog(db: CatalogDatabase, options: ImportOptions = {}): Promise<SeedResult | null> {
  if (!isCatalogEmpty(db) || usesRealIgdb()) return null;
  const standin = await ensureStandinCatalog(options);
  return seedCatalogFromStandin(db, standin, getEnv().CATALOG_SEED_GAMES);
}
