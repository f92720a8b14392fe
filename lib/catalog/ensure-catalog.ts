// First start: an empty catalog imports the embedded CC0 data by itself, so `npm start` needs no setup step.
import path from "node:path";

import { getEnv } from "@/lib/env";

import { importCatalog, type ImportOptions, type ImportResult } from "./import/import-catalog";
import type { CatalogDatabase } from "./open-catalog-database";

export function isCatalogEmpty(db: CatalogDatabase): boolean {
  return (db.prepare("SELECT count(*) FROM games").pluck().get() as number) === 0;
}

/** Imports the configured source when the catalog holds no game; returns null when nothing was needed. */
export async function ensureCatalog(db: CatalogDatabase, options: ImportOptions = {}): Promise<ImportResult | null> {
  if (!isCatalogEmpty(db)) return null;
  return importCatalog(db, path.resolve(getEnv().CATALOG_SOURCE), options);
}
