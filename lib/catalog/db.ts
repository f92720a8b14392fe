import "server-only";

import { openCatalogDatabase, type CatalogDatabase } from "./open-catalog-database";
import { catalogPath } from "./paths";

// One connection per server process, kept on globalThis so dev reloads do not leak file handles.
const globalForCatalog = globalThis as unknown as { questlogCatalog?: CatalogDatabase; questlogCatalogWriter?: CatalogDatabase };

/** The catalog replica of this instance (DATA_DIR/catalog.sqlite), migrated on first use. */
export function getCatalogDb(): CatalogDatabase {
  globalForCatalog.questlogCatalog ??= openCatalogDatabase(catalogPath());
  return globalForCatalog.questlogCatalog;
}

/** The write drainer's connection to the same file (see OpenOptions.writer); nothing else writes the catalog. */
export function getCatalogWriterDb(): CatalogDatabase {
  globalForCatalog.questlogCatalogWriter ??= openCatalogDatabase(catalogPath(), { writer: true });
  return globalForCatalog.questlogCatalogWriter;
}
