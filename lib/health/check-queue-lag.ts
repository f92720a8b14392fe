import "server-only";

import { peekCatalogWriteQueue } from "@/lib/catalog-writes/get-catalog-write-queue";
import { peekEventBus } from "@/lib/events/get-event-bus";
import { peekJobSystem } from "@/lib/jobs/get-job-system";

import type { CheckOutcome } from "./health-types";

/** A catalog write older than this means the drainer is stuck or far behind (a batch takes milliseconds). */
export const WRITE_LAG_THRESHOLD_MS = 60_000;
/** A job runnable this long and still not started means no worker is taking jobs. */
export const JOB_WAIT_THRESHOLD_MS = 5 * 60_000;

/** A store event unpublished this long means no relay is publishing (the broker is down, or no relay runs). */
export const OUTBOX_LAG_THRESHOLD_MS = 60_000;

/** How far behind the catalog write drainer, the job workers and the event relay are; "skipped" before they exist. */
export async function checkQueueLag(): Promise<CheckOutcome> {
  const writes = peekCatalogWriteQueue();
  const jobs = peekJobSystem();
  const events = peekEventBus();
  if (!writes && !jobs && !events) return { status: "skipped", detail: "no write queue or job system in this process yet" };
  const [writeStats, queueStats, eventStats] = await Promise.all([
    writes?.stats() ?? null,
    jobs?.queueStats() ?? null,
    // The outbox backlog is a database query; if it fails, the other figures still answer.
    events?.stats().catch(() => null) ?? null,
  ]);
  const outboxOldestMs = eventStats?.oldestUnpublishedMs ?? null;
  const writeOldestMs = writeStats?.oldestWaitingMs ?? null;
  const jobOldestMs = queueStats ? Math.max(0, ...queueStats.map((q) => q.oldestWaitingMs ?? 0)) || null : null;
  const problems = [
    writeOldestMs !== null && writeOldestMs > WRITE_LAG_THRESHOLD_MS
      ? `oldest catalog write waits ${Math.round(writeOldestMs / 1000)} s`
      : null,
    jobOldestMs !== null && jobOldestMs > JOB_WAIT_THRESHOLD_MS ? `oldest job waits ${Math.round(jobOldestMs / 1000)} s` : null,
    outboxOldestMs !== null && outboxOldestMs > OUTBOX_LAG_THRESHOLD_MS
      ? `oldest unpublished store event waits ${Math.round(outboxOldestMs / 1000)} s`
      : null,
  ].filter((p): p is string => p !== null);
  return {
    status: problems.length ? "warn" : "ok",
    detail: problems.length ? problems.join("; ") : "queues keep up",
    writeOldestWaitingMs: writeOldestMs,
    writeLagP99Ms: writeStats?.lagP99Ms ?? null,
    writeThresholdMs: WRITE_LAG_THRESHOLD_MS,
    jobOldestWaitingMs: jobOldestMs,
    jobThresholdMs: JOB_WAIT_THRESHOLD_MS,
    eventTransport: eventStats?.transport ?? null,
    outboxOldestUnpublishedMs: outboxOldestMs,
    outboxUnpublished: eventStats?.unpublished ?? null,
    outboxThresholdMs: OUTBOX_LAG_THRESHOLD_MS,
  };
}
