// npm run catalog:import [-- --force] [-- --reseed] [-- --source path.ndjson.gz]
// Imports the embedded CC0 catalog into DATA_DIR/igdb-standin.sqlite (what the local IGDB stand-in
// serves), with a progress bar, then seeds an empty local replica (DATA_DIR/catalog.sqlite) with its most
// popular CATALOG_SEED_GAMES games. --reseed empties the replica first (games from IGDB included).
import path from "node:path";
import { parseArgs } from "node:util";

import { isCatalogEmpty } from "@/lib/catalog/ensure-catalog";
import { openCatalogDatabase } from "@/lib/catalog/open-catalog-database";
import { catalogPath, standinCatalogPath } from "@/lib/catalog/paths";
import { seedCatalogFromStandin } from "@/lib/catalog/seed/seed-catalog-from-standin";
import { getEnv } from "@/lib/env";

import { runImportWithProgress } from "./lib/run-import-with-progress";

const { values } = parseArgs({
  options: {
    force: { type: "boolean", default: false },
    reseed: { type: "boolean", default: false },
    source: { type: "string" },
  },
});

const standin = openCatalogDatabase(standinCatalogPath());
try {
  await runImportWithProgress(standin, path.resolve(values.source ?? getEnv().CATALOG_SOURCE), { force: values.force });
} finally {
  standin.close();
}

const local = openCatalogDatabase(catalogPath());
try {
  if (values.reseed) {
    local.exec(
      "DELETE FROM game_search; DELETE FROM alternative_titles; DELETE FROM releases; DELETE FROM games; DELETE FROM companies; DELETE FROM platforms;",
    );
  }
  if (isCatalogEmpty(local)) {
    const seeded = seedCatalogFromStandin(local, standinCatalogPath(), getEnv().CATALOG_SEED_GAMES);
    console.log(
      `Seeded ${path.relative(process.cwd(), catalogPath())} with the ${seeded.games} most popular games ` +
        `(${seeded.upstreamOnly} upstream-only) in ${Math.round(seeded.ms)} ms.`,
    );
  } else {
    console.log("The local catalog already holds games; left as it is (use --reseed to start it over).");
  }
} finally {
  local.close();
}
