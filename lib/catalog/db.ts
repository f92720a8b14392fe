import "server-only";

import { processSingleton } from "@/lib/process-singleton";

import { openCatalogDatabase, type CatalogDatabase } from "./open-catalog-database";
import { catalogPath } from "./paths";

// One connection per server process (lib/process-singleton.ts), so dev reloads do not leak file handles.

/** The catalog replica of this instance (DATA_DIR/catalog.sqlite), migrated on first use. */
export function getCatalogDb(): CatalogDatabase {
  return processSingleton("questlogCatalog", () => openCatalogDatabase(catalogPath()));
}

/** The write drainer's connection to the same file (see OpenOptions.writer); nothing else writes the catalog. */
export function getCatalogWriterDb(): CatalogDatabase {
  return processSingleton("questlogCatalogWriter", () => openCatalogDatabase(catalogPath(), { writer: true }));
}
