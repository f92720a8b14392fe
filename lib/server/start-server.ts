// Server start-up: make sure this instance has a catalog (first start imports the embedded data), then
// build the search index before the first request needs it.
import { ensureCatalog } from "@/lib/catalog/ensure-catalog";
import { getCatalogDb } from "@/lib/catalog/db";
import { logger } from "@/lib/log/logger";
import { getSearchIndex } from "@/lib/search/get-search-index";

const globalForServer = globalThis as unknown as { questlogServerStarted?: boolean };

export async function startServer(): Promise<void> {
  if (globalForServer.questlogServerStarted) return;
  globalForServer.questlogServerStarted = true;
  const db = getCatalogDb();
  const imported = await ensureCatalog(db);
  if (imported) logger.info({ games: imported.games, ms: Math.round(imported.ms) }, "catalog imported on first start");
  const started = performance.now();
  const index = getSearchIndex();
  logger.info({ documents: index.size, ms: Math.round(performance.now() - started) }, "search index ready");
}
