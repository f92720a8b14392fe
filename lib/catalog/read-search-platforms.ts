// Reads the catalog's platforms as the search index needs them (platform words in queries: "metroid nes").
// No "server-only", like read-search-documents.ts: the benchmark and tests pass their own connection.
import type { CatalogDatabase } from "./open-catalog-database";

/** A platform as search's platform words need it (lib/search/platforms/platform-aliases.ts). */
export interface CatalogPlatform {
  id: number;
  slug: string;
  name: string;
  /** Games released on it; short names are derived only for platforms with enough games. */
  gameCount?: number;
}

/** Every platform with its name, slug and number of games. */
export function readSearchPlatforms(db: CatalogDatabase): CatalogPlatform[] {
  return db.prepare("SELECT id, slug, name, game_count AS gameCount FROM platforms ORDER BY id").all() as CatalogPlatform[];
}
