// Reads the catalog's platforms as the search index needs them (platform words in queries: "metroid nes").
// No "server-only", like read-search-documents.ts: the benchmark and tests pass their own connection.
import type { CatalogPlatform } from "@/lib/search/platforms/platform-aliases";

import type { CatalogDatabase } from "./open-catalog-database";

/** Every platform with its name, slug and number of games. */
export function readSearchPlatforms(db: CatalogDatabase): CatalogPlatform[] {
  return db.prepare("SELECT id, slug, name, game_count AS gameCount FROM platforms ORDER BY id").all() as CatalogPlatform[];
}
