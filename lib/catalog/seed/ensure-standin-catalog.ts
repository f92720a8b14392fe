// The stand-in's dataset: the whole embedded CC0 catalog, imported once into DATA_DIR/igdb-standin.sqlite.
// Idempotent (the importer skips an unchanged source), so every caller may simply ask for it.
import path from "node:path";

import { getEnv } from "@/lib/env";

import { importCatalog, type ImportOptions } from "../import/import-catalog";
import { openCatalogDatabase } from "../open-catalog-database";
import { standinCatalogPath } from "../paths";

/** Imports the embedded catalog into the stand-in's file when it is missing or stale; returns the file path. */
export async function ensureStandinCatalog(options: ImportOptions = {}): Promise<string> {
  const file = standinCatalogPath();
  const db = openCatalogDatabase(file);
  try {
    await importCatalog(db, path.resolve(getEnv().CATALOG_SOURCE), options);
  } finally {
    db.close();
  }
  return file;
}
