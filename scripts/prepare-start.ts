// Runs before `next start` (npm start), as `npm run build` (with --rebuild) and before `next dev` (with --no-build):
// 1. zero-config first start: imports the embedded catalog for the IGDB stand-in (progress bar) and seeds
//    the local replica with its most popular slice;
// 2. builds the app when there is no complete build yet, the sources changed since the last one, or --rebuild.
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";

import { isCatalogEmpty } from "@/lib/catalog/ensure-catalog";
import { openCatalogDatabase } from "@/lib/catalog/open-catalog-database";
import { catalogPath, standinCatalogPath } from "@/lib/catalog/paths";
import { seedCatalogFromStandin } from "@/lib/catalog/seed/seed-catalog-from-standin";
import { getEnv, markStartBuild, publicOrigin, usesRealIgdb } from "@/lib/env";

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

// next build writes BUILD_ID before it prerenders the pages, so a build stopped half-way (Ctrl-C, a test runner's
// timeout) left a BUILD_ID newer than the sources, and the next start served a broken build. This marker is
// written only once next build has exited cleanly, and names the build it vouches for and what it baked in.
const COMPLETE = path.join(".next", "questlog-build-complete");

// Besides the sources, a build bakes in the public origin (canonical URLs, JSON-LD, robots.txt, the sitemaps) and
// how many game pages it prerenders: a start with other values (SITE_URL set for production, say) rebuilds.
function buildInputs(): string {
  const env = getEnv();
  return JSON.stringify({ origin: publicOrigin(env), staticGamePages: env.STATIC_GAME_PAGES });
}

function completedBuildAt(): number {
  const buildId = path.join(".next", "BUILD_ID");
  if (!existsSync(buildId) || !existsSync(COMPLETE)) return 0;
  if (readFileSync(COMPLETE, "utf8") !== `${readFileSync(buildId, "utf8")}\n${buildInputs()}`) return 0;
  return statSync(COMPLETE).mtimeMs;
}

function buildIfStale(force: boolean): void {
  const builtAt = completedBuildAt();
  const changedAt = Math.max(...SOURCE_ROOTS.map(newestMtime));
  if (builtAt > changedAt && !force) return;
  console.log(
    builtAt
      ? "Sources changed since the last build: rebuilding…"
      : "No complete build for this public origin yet: building the app (about a minute)…",
  );
  rmSync(COMPLETE, { force: true });
  if (!force) markStartBuild();
  const result = spawnSync(path.join("node_modules", ".bin", "next"), ["build"], { stdio: "inherit" });
  if (result.status !== 0) process.exit(result.status ?? 1);
  writeFileSync(COMPLETE, `${readFileSync(path.join(".next", "BUILD_ID"), "utf8")}\n${buildInputs()}`);
}

await ensureCatalogSeeded();
if (!process.argv.includes("--no-build")) buildIfStale(process.argv.includes("--rebuild"));
