import "server-only";

import { getCatalogDb } from "@/lib/catalog/db";
import { readSearchDocuments } from "@/lib/catalog/read-search-documents";
import { getEnv } from "@/lib/env";
import { logger } from "@/lib/log/logger";
import { getSearchIndex } from "@/lib/search/get-search-index";

import { getIgdbConnection } from "./igdb-connection";
import { refreshStaleGames, type RefreshResult } from "./refresh-stale-games";

const EVERY_MS = 60 * 60_000;
/** Per run: 5,000 ids is one versions request; changed games cost one more request per 5,000. */
const PER_RUN = 5_000;

/** One refresh pass over the stalest games, applied to this instance's search index. */
export async function runStaleRefresh(limit = PER_RUN): Promise<RefreshResult> {
  const db = getCatalogDb();
  const { client } = await getIgdbConnection();
  const result = await refreshStaleGames(db, client, { olderThanMs: getEnv().IGDB_REFRESH_AFTER_HOURS * 3_600_000, limit });
  if (result.changedIds.length > 0) getSearchIndex().upsert(readSearchDocuments(db, result.changedIds));
  if (result.removedIds.length > 0) getSearchIndex().remove(result.removedIds);
  return result;
}

const globalForRefresh = globalThis as unknown as { questlogRefreshTimer?: NodeJS.Timeout };

/**
 * Hourly, in the server process. An interval timer until the queue issue turns this into a repeatable
 * job; a pass that fails (IGDB down) is logged and the next hour tries again.
 */
export function scheduleStaleRefresh(): void {
  if (globalForRefresh.questlogRefreshTimer) return;
  let running = false;
  const tick = async () => {
    if (running) return;
    running = true;
    try {
      const result = await runStaleRefresh();
      if (result.checked > 0) logger.info({ ...result, changedIds: undefined, removedIds: undefined, ms: Math.round(result.ms) }, "stale games refreshed from IGDB");
    } catch (error) {
      logger.warn({ err: error }, "stale refresh failed; retrying next hour");
    } finally {
      running = false;
    }
  };
  globalForRefresh.questlogRefreshTimer = setInterval(() => void tick(), EVERY_MS);
  globalForRefresh.questlogRefreshTimer.unref();
}
