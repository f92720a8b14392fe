// Imports the real CC0 catalog once for the whole run, the way zero-config mode lays it out:
// - igdb-standin.sqlite: every game (what the local IGDB stand-in serves; also what catalog and search
//   quality tests read, through inject("catalogPath"));
// - catalog.sqlite: the local replica seeded with the most popular slice (DATA_DIR for server modules).
// Integration tests that write their own data use their own temporary files.
import { mkdirSync, rmSync } from "node:fs";
import path from "node:path";

import type { TestProject } from "vitest/node";

import { importCatalog } from "@/lib/catalog/import/import-catalog";
import { openCatalogDatabase } from "@/lib/catalog/open-catalog-database";
import { seedCatalogFromStandin } from "@/lib/catalog/seed/seed-catalog-from-standin";

declare module "vitest" {
  export interface ProvidedContext {
    /** The full catalog (the stand-in's data). */
    catalogPath: string;
    standinCatalogPath: string;
    /** The seeded local replica inside catalogDir. */
    localCatalogPath: string;
    /** DATA_DIR for server modules. */
    catalogDir: string;
    /** How many games the local replica was seeded with. */
    seedGames: number;
  }
}

export const TEST_SEED_GAMES = 50_000;

export default async function setup(project: TestProject) {
  const dir = path.resolve(".test-data", `vitest-${process.pid}`);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const full = path.join(dir, "igdb-standin.sqlite");
  const started = performance.now();
  const db = openCatalogDatabase(full);
  const result = await importCatalog(db, path.resolve("vendor/mame-software-lists/mame-software-lists.ndjson.gz"));
  db.close();
  const local = path.join(dir, "catalog.sqlite");
  const replica = openCatalogDatabase(local);
  const seeded = seedCatalogFromStandin(replica, full, TEST_SEED_GAMES);
  replica.close();
  console.log(
    `[global-setup] imported ${result.games} games, seeded ${seeded.games} locally, in ${Math.round(performance.now() - started)} ms (${dir})`,
  );
  project.provide("catalogPath", full);
  project.provide("standinCatalogPath", full);
  project.provide("localCatalogPath", local);
  project.provide("catalogDir", dir);
  project.provide("seedGames", seeded.games);
  return () => rmSync(dir, { recursive: true, force: true });
}
