// Runs before `next start` (npm start) and `next build`/`next dev` (with --no-build):
// 1. zero-config first start: imports the embedded catalog for the IGDB stand-in (progress bar) and seeds
//    the local replica with its most popular slice;
// 2. builds the app when there is no build yet or the sources changed since the last one.
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import path from "node:path";

import { isCatalogEmpty } from "@/lib/catalog/ensure-catalog";
import { openCatalogDatabase } from "@/lib/catalog/open-catalog-database";
import { catalogPath, standinCatalogPath } from "@/lib/catalog/paths";
import { seedCatalogFromStandin } from "@/lib/catalog/seed/seed-catalog-from-standin";
import { getEnv, usesRealIgdb } from "@/lib/env";

import { runImportWithProgress } from "./lib/run-import-with-progress";

const SOURCE_ROOTS = [
  "app",
  "components",
  "lib",
  "public",
  "next.config.ts",
  "package.json",
  "postcss.config.mjs",
  "instrumentation.ts",
  "instrumentation-client.ts",
  "proxy.ts",
];

function newestMtime(entry: string): number {
  if (!existsSync(entry)) return 0;
  const stat = statSync(entry);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const child of readdirSync(entry)) newest = Math.max(newest, newestMtime(path.join(entry, child)));
  return newest;
}

async function ensureCatalogSeeded(): Promise<void> {
  if (usesRealIgdb()) return; // the replica fills from IGDB: npm run igdb:sync -- --popular N
  const db = openCatalogDatabase(catalogPath());
  try {
    if (!isCatalogEmpty(db)) return;
    console.log("First start: importing the embedded CC0 catalog that the local IGDB stand-in serves");
    const standin = openCatalogDatabase(standinCatalogPath());
    try {
      await runImportWithProgress(standin, path.resolve(getEnv().CATALOG_SOURCE));
    } finally {
      standin.close();
    }
    const seeded = seedCatalogFromStandin(db, standinCatalogPath(), getEnv().CATALOG_SEED_GAMES);
    console.log(
      `Seeded the local catalog with the ${seeded.games} most popular games in ${Math.round(seeded.ms)} ms; ` +
        `${seeded.upstreamOnly} more are upstream-only and arrive through the IGDB leg.`,
    );
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

await ensureCatalogSeeded();
if (!process.argv.includes("--no-build")) buildIfStale();
