import "server-only";

import { closeDb } from "@/lib/accounts-db/get-db";
import { closeCache } from "@/lib/cache/get-cache";
import { closeIgdbConnection } from "@/lib/catalog-sync/igdb-connection";
import { closeCatalogWriteQueue, getCatalogWriteQueue } from "@/lib/catalog-writes/get-catalog-write-queue";
import { getEnv } from "@/lib/env";
import { backfillNewConsumers } from "@/lib/events/backfill-new-consumers";
import { startEventBus, stopEventBus } from "@/lib/events/get-event-bus";
import { closeJobSystem, getJobSystem } from "@/lib/jobs/get-job-system";
import { logger } from "@/lib/log/logger";
import { processSingleton } from "@/lib/process-singleton";
import { closeSearchEventLog } from "@/lib/search-analytics/search-event-log";
import { seedDemoListingsAtBoot } from "@/lib/store/listings/seed-demo-listings-at-boot";
import { closeStripeConnection } from "@/lib/stripe/get-stripe";

import { BACKFILLED_CONSUMERS, EVENT_CONSUMERS } from "./event-consumers";
import { JOB_DEFINITIONS, QUEUE_OPTIONS } from "./job-registry";

// What runs beside the web server in each process: the catalog write drainer, the job workers, and the store
// event relay with its consumers. The server starts it from instrumentation.ts; `npm run worker` runs it alone
// (a worker-only deployment).

export interface BackgroundWorkOptions {
  /**
   * The store's background parts that live in the accounts database: the demo listings and the event relay with
   * its consumers. On by default (see scripts/worker.ts for when a worker leaves them out).
   */
  store?: boolean;
}

export function startBackgroundWork(options: BackgroundWorkOptions = {}): Promise<void> {
  return processSingleton("questlogBackgroundWork", async () => {
    // Not awaited, and first, so a Redis that is down does not hold it up: the demo store fills in behind a
    // site that already serves (STORE_DEMO_LISTINGS).
    if (options.store !== false) void seedDemoListingsAtBoot();
    const writes = getCatalogWriteQueue();
    await writes.start();
    const jobs = getJobSystem();
    const scheduled = getEnv().JOB_SCHEDULES === "on";
    const definitions = scheduled ? JOB_DEFINITIONS : JOB_DEFINITIONS.map((d) => ({ ...d, options: { ...d.options, repeat: undefined } }));
    await jobs.startWorkers(definitions, QUEUE_OPTIONS);
    // Not awaited: a broker or database that is down must not hold up the drainer and the jobs; the relay
    // waits for its connection, and the outbox keeps events until then.
    if (options.store !== false) {
      startEventBus(EVENT_CONSUMERS).catch((error: unknown) => logger.error({ err: error }, "event relay failed to start"));
      void backfillNewConsumers(BACKFILLED_CONSUMERS);
    }
    logger.info(
      { writes: writes.mode, jobs: jobs.kind, queues: Object.keys(QUEUE_OPTIONS) },
      "catalog write drainer and job workers started",
    );
  });
}

/**
 * Graceful stop within timeoutMs: job workers stop taking jobs and let running ones finish (their writes
 * still go to the queue), then the write queue flushes (in-process: applies everything buffered; Redis:
 * hands its outbox to the stream, lets the batch in flight commit) and connections close.
 */
export function stopBackgroundWork(timeoutMs: number): Promise<void> {
  return processSingleton("questlogStopping", async () => {
    const started = Date.now();
    const left = () => Math.max(500, timeoutMs - (Date.now() - started));
    await closeJobSystem(left() * 0.6).catch((error: unknown) => logger.error({ err: error }, "job workers did not close cleanly"));
    // After the jobs (they may append events), before the database: the relay publishes what is pending.
    await stopEventBus(left() * 0.5).catch((error: unknown) => logger.error({ err: error }, "event relay did not stop cleanly"));
    await closeCatalogWriteQueue(left()).catch((error: unknown) => logger.error({ err: error }, "write queue did not close cleanly"));
    // The accounts database last: PGlite must be closed, or its files stay locked and the process lingers.
    await Promise.allSettled([closeIgdbConnection(), closeStripeConnection(), closeCache(), closeSearchEventLog(), closeDb()]);
    logger.info({ ms: Date.now() - started }, "background work stopped");
  });
}
