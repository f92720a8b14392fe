// Catalog writes for the queue tests (synthetic IGDB-shaped games) on a throwaway SQLite file per test.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

import { openCatalogDatabase, type CatalogDatabase } from "@/lib/catalog/open-catalog-database";

import { FIRST_SYNTHETIC_ID } from "../../scripts/bench/synthetic-game-writes";

export { FIRST_SYNTHETIC_ID as FIRST_ID, syntheticGameWrite as gameWrite } from "../../scripts/bench/synthetic-game-writes";

export function tempCatalog(): { db: CatalogDatabase; file: string; dir: string; cleanup: () => void } {
  const dir = mkdtempSync(path.join(tmpdir(), "questlog-writes-"));
  const file = path.join(dir, "catalog.sqlite");
  const db = openCatalogDatabase(file);
  return { db, file, dir, cleanup: () => (db.close(), rmSync(dir, { recursive: true, force: true })) };
}

export const countTestGames = (db: CatalogDatabase): number =>
  db.prepare("SELECT count(*) FROM games WHERE id >= ?").pluck().get(FIRST_SYNTHETIC_ID) as number;

/** Waits until check() holds, polling; fails with the message after timeoutMs. */
export async function until(check: () => boolean | Promise<boolean>, timeoutMs = 10_000, message = "condition"): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${message}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}
