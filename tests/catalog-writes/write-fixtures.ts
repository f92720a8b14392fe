// Catalog writes for the queue tests: plausible IGDB games (platforms, releases, companies, alt titles)
// with ids far above the CC0 catalog's, on a throwaway SQLite file per test.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

import type { CatalogWrite } from "@/lib/catalog-writes/catalog-write";
import { openCatalogDatabase, type CatalogDatabase } from "@/lib/catalog/open-catalog-database";

export const FIRST_ID = 9_000_000;

export function gameWrite(n: number, version = 1): CatalogWrite {
  const id = FIRST_ID + n;
  const platform = 9_000 + (n % 7);
  return {
    kind: "game.upsert",
    game: {
      id,
      name: `Queue Test Game ${n} v${version}`,
      slug: `queue-test-game-${n}`,
      summary: null,
      rating: null,
      ratingCount: null,
      coverImageId: null,
      firstReleaseDate: "1999-03-01",
      firstReleaseYear: 1999,
      popularity: 10,
      platforms: [{ id: platform, name: `Test Platform ${platform}`, slug: `test-platform-${platform}` }],
      releases: [
        { id: id * 10 + 1, platformId: platform, date: "1999-03-01", year: 1999, region: "japan" },
        { id: id * 10 + 2, platformId: platform, date: "1999-09-01", year: 1999, region: "north_america" },
      ],
      companies: [{ id: 90_000 + (n % 5), name: `Test Co ${n % 5}`, slug: `test-co-${n % 5}`, publisher: true, developer: true }],
      alternativeNames: [`QTG ${n}`],
      igdbUpdatedAt: 1_700_000_000 + version,
      igdbChecksum: `v${version}`,
    },
  };
}

export function tempCatalog(): { db: CatalogDatabase; file: string; dir: string; cleanup: () => void } {
  const dir = mkdtempSync(path.join(tmpdir(), "questlog-writes-"));
  const file = path.join(dir, "catalog.sqlite");
  const db = openCatalogDatabase(file);
  return { db, file, dir, cleanup: () => (db.close(), rmSync(dir, { recursive: true, force: true })) };
}

export const countTestGames = (db: CatalogDatabase): number =>
  db.prepare("SELECT count(*) FROM games WHERE id >= ?").pluck().get(FIRST_ID) as number;

/** Waits until check() holds, polling; fails with the message after timeoutMs. */
export async function until(check: () => boolean | Promise<boolean>, timeoutMs = 10_000, message = "condition"): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${message}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}
