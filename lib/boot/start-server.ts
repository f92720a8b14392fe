// Server start-up: make sure this instance has a catalog (zero-config first start seeds it), build the
// search index before the first request needs it, connect to IGDB (starting the local stand-in in
// zero-config mode), and start the background work: the catalog write drainer and the job workers.
import { getDb } from "@/lib/accounts-db/get-db";
import { getIgdbConnection } from "@/lib/catalog-sync/igdb-connection";
import { getCatalogDb } from "@/lib/catalog/db";
import { ensureCatalog } from "@/lib/catalog/ensure-catalog";
import { trackConnections } from "@/lib/http-server/track-connections";
import { logger } from "@/lib/log/logger";
import { warnAboutOutbox } from "@/lib/mail/warn-about-outbox";
import { startHttpTiming } from "@/lib/metrics/http-timing";
import { startMetricsHistory } from "@/lib/metrics/metrics-history";
import { getSearchIndex } from "@/lib/search/get-search-index";
import { getStripeConnection } from "@/lib/stripe/get-stripe";

import { startBackgroundWork } from "./background-work";
import { handleShutdownSignals } from "./handle-shutdown-signals";
import { secureDataDir } from "./secure-data-dir";

const globalForServer = globalThis as unknown as { questlogServerStarted?: boolean };

export async function startServer(): Promise<void> {
  if (globalForServer.questlogServerStarted) return;
  globalForServer.questlogServerStarted = true;
  // Before anything awaits: every request from here on knows its socket address and whether it came through a
  // proxy (get-client-identity.ts for rate limits, request-peer.ts for /dev/outbox).
  trackConnections();
  // Before anything is written under DATA_DIR: owner-only, directory and files.
  secureDataDir();
  // First, so the very first requests are timed; the history samples every 5 s for /admin's overview.
  startHttpTiming();
  startMetricsHistory();
  warnAboutOutbox();
  const db = getCatalogDb();
  const seeded = await ensureCatalog(db);
  if (seeded)
    logger.info({ games: seeded.games, upstreamOnly: seeded.upstreamOnly, ms: Math.round(seeded.ms) }, "catalog seeded on first start");
  const started = performance.now();
  const index = getSearchIndex();
  logger.info({ documents: index.size, ms: Math.round(performance.now() - started) }, "search index ready");
  // Not awaited: the site serves from SQLite while the stand-in loads; the IGDB leg awaits the same promise.
  getIgdbConnection().catch((error: unknown) => logger.error({ err: error }, "IGDB connection failed"));
  // Stripe too (zero-config: the stand-in starts now, so the first checkout does not wait for it).
  getStripeConnection().catch((error: unknown) => logger.error({ err: error }, "Stripe connection failed; retrying on first use"));
  // The accounts database too, so its migrations run at start and the first sign-in does not wait for it.
  getDb().catch((error: unknown) => logger.error({ err: error }, "accounts database not available yet; retrying on first use"));
  handleShutdownSignals();
  // Not awaited either: a Redis that is down must not keep the site from serving; both retry on their own.
  startBackgroundWork().catch((error: unknown) => logger.error({ err: error }, "background work failed to start"));
}
