// Runs before `next start` (npm start) and `next build`/`next dev` (with --no-build):
// 1. imports the embedded catalog into DATA_DIR when it is empty (first start), with a progress bar;
// 2. builds the app when there is no build yet or the sources changed since the last one.
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import path from "node:path";

import { runImportWithProgress } from "./lib/run-import-with-progress";
import { isCatalogEmpty } from "@/lib/catalog/ensure-catalog";
import { openCatalogDatabase } from "@/lib/catalog/open-catalog-database";
import { catalogPath } from "@/lib/catalog/paths";
import { getEnv } from "@/lib/env";

const SOURCE_ROOTS = ["app", "components", "lib", "public", "next.config.ts", "package.json", "postcss.config.mjs", "instrumentation.ts"];

function newestMtime(entry: string): number {
  if (!existsSync(entry)) return 0;
  const stat = statSync(entry);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const child of readdirSync(entry)) newest = Math.max(newest, newestMtime(path.join(entry, child)));
  return newest;
}

async function ensureCatalogImported(): Promise<void> {
  const file = catalogPath();
  const db = openCatalogDatabase(file);
  try {
    if (!isCatalogEmpty(db)) return;
    console.log(`First start: importing the embedded catalog into ${path.relative(process.cwd(), file) || file}`);
    await runImportWithProgress(db, path.resolve(getEnv().CATALOG_SOURCE));
  } finally {
    db.close();
  }
}

function buildIfStale(): void {
  const buildId = path.join(".next", "BUILD_ID");
  const builtAt = existsSync(buildId) ? statSync(buildId).mtimeMs : 0;
  const changedAt = Math.max(...SOURCE_ROOTS.map(newestMtime));
  if (builtAt > changedAt) return;
  console.log(builtAt ? "Sources changed since the last build: rebuilding…" : "No build yet: building the app (about a minute)…");
  const result = spawnSync(path.join("node_modules", ".bin", "next"), ["build"], { stdio: "inherit" });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

await ensureCatalogImported();
if (!process.argv.includes("--no-build")) buildIfStale();
