// npm run catalog:import [-- --force] [-- --source path.ndjson.gz]
// Imports the embedded CC0 catalog into DATA_DIR/catalog.sqlite, with a progress bar.
import path from "node:path";
import { parseArgs } from "node:util";

import { runImportWithProgress } from "./lib/run-import-with-progress";
import { getEnv } from "@/lib/env";
import { catalogPath } from "@/lib/catalog/paths";
import { openCatalogDatabase } from "@/lib/catalog/open-catalog-database";

const { values } = parseArgs({
  options: { force: { type: "boolean", default: false }, source: { type: "string" } },
});

const db = openCatalogDatabase(catalogPath());
try {
  const source = path.resolve(values.source ?? getEnv().CATALOG_SOURCE);
  await runImportWithProgress(db, source, { force: values.force });
} finally {
  db.close();
}
