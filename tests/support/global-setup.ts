// Imports the real CC0 catalog once into a fresh SQLite file for the whole run; test files read it
// through inject("catalogPath"). Integration tests that write use their own temporary files.
import { mkdirSync, rmSync } from "node:fs";
import path from "node:path";

import type { TestProject } from "vitest/node";

import { importCatalog } from "@/lib/catalog/import/import-catalog";
import { openCatalogDatabase } from "@/lib/catalog/open-catalog-database";

declare module "vitest" {
  export interface ProvidedContext {
    catalogPath: string;
    catalogDir: string;
  }
}

export default async function setup(project: TestProject) {
  const dir = path.resolve(".test-data", `vitest-${process.pid}`);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const file = path.join(dir, "catalog.sqlite");
  const db = openCatalogDatabase(file);
  const started = performance.now();
  const result = await importCatalog(db, path.resolve("vendor/mame-software-lists/mame-software-lists.ndjson.gz"));
  db.close();
  console.log(`[global-setup] imported ${result.games} games into ${file} in ${Math.round(performance.now() - started)} ms`);
  project.provide("catalogPath", file);
  project.provide("catalogDir", dir);
  return () => rmSync(dir, { recursive: true, force: true });
}
