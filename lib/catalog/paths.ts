import { mkdirSync } from "node:fs";
import path from "node:path";

import { getEnv } from "@/lib/env";

/** DATA_DIR resolved against the working directory, created when missing (owner-only, as CLIs create it too). */
export function dataDir(): string {
  const dir = path.resolve(getEnv().DATA_DIR);
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  return dir;
}

export function catalogPath(): string {
  return path.join(dataDir(), "catalog.sqlite");
}

/**
 * The full CC0 catalog as the local IGDB stand-in serves it (zero-config mode). The local replica,
 * catalog.sqlite, is seeded with its most popular slice; the rest is reachable only through the IGDB leg.
 */
export function standinCatalogPath(): string {
  return path.join(dataDir(), "igdb-standin.sqlite");
}
