import "server-only";

import { getCatalogDb, getCatalogWriterDb } from "@/lib/catalog/db";
import { logger } from "@/lib/log/logger";
import { dropProcessSingleton, peekProcessSingleton, processSingleton } from "@/lib/process-singleton";

import { createAfterCatalogWrite } from "./after-catalog-write";
import { notifyAppliedWrites } from "./applied-writes-listeners";
import type { CatalogWriteQueue } from "./catalog-write-queue";
import { createCatalogWriteQueue } from "./create-catalog-write-queue";

// One queue per server process (kept across dev reloads), drained by the worker instrumentation starts.

/** The process's catalog write queue; writes enqueued before start() wait in it. */
export function getCatalogWriteQueue(): CatalogWriteQueue {
  return processSingleton("questlogCatalogWrites", () =>
    createCatalogWriteQueue(getCatalogWriterDb(), {
      // The subscribers (the search index) first: the caches the after-write hook drops are refilled from the index.
      onApplied: [
        (changes) => notifyAppliedWrites(changes, (error) => logger.error({ err: error }, "after-write hook failed")),
        createAfterCatalogWrite(getCatalogDb()),
      ],
    }),
  );
}

/** The queue if this process made one, without making it (metrics and health only read). */
export function peekCatalogWriteQueue(): CatalogWriteQueue | null {
  return peekProcessSingleton<CatalogWriteQueue>("questlogCatalogWrites") ?? null;
}

/** Shutdown (and tests): flushes within timeoutMs and closes; the next getCatalogWriteQueue() makes a new one. */
export async function closeCatalogWriteQueue(timeoutMs?: number): Promise<void> {
  await dropProcessSingleton<CatalogWriteQueue>("questlogCatalogWrites")?.close(timeoutMs);
}
