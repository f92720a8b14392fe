import "server-only";

import { peekCatalogWriteQueue } from "@/lib/catalog-writes/get-catalog-write-queue";
import { peekJobSystem } from "@/lib/jobs/get-job-system";

import type { CheckOutcome } from "./health-types";

/** A catalog write older than this means the drainer is stuck or far behind (a batch takes milliseconds). */
export const WRITE_LAG_THRESHOLD_MS = 60_000;
/** A job runnable this long and still not started means no worker is taking jobs. */
export const JOB_WAIT_THRESHOLD_MS = 5 * 60_000;

/** How far behind the catalog write drainer and the job workers are; "skipped" before they exist. */
export async function checkQueueLag(): Promise<CheckOutcome> {
  const writes = peekCatalogWriteQueue();
  const jobs = peekJobSystem();
  if (!writes && !jobs) return { status: "skipped", detail: "no write queue or job system in this process yet" };
  const [writeStats, queueStats] = await Promise.all([writes?.stats() ?? null, jobs?.queueStats() ?? null]);
  const writeOldestMs = writeStats?.oldestWaitingMs ?? null;
  const jobOldestMs = queueStats ? Math.max(0, ...queueStats.map((q) => q.oldestWaitingMs ?? 0)) || null : null;
  const problems = [
    writeOldestMs !== null && writeOldestMs > WRITE_LAG_THRESHOLD_MS
      ? `oldest catalog write waits ${Math.round(writeOldestMs / 1000)} s`
      : null,
    jobOldestMs !== null && jobOldestMs > JOB_WAIT_THRESHOLD_MS ? `oldest job waits ${Math.round(jobOldestMs / 1000)} s` : null,
  ].filter((p): p is string => p !== null);
  return {
    status: problems.length ? "warn" : "ok",
    detail: problems.length ? problems.join("; ") : "queues keep up",
    writeOldestWaitingMs: writeOldestMs,
    writeLagP99Ms: writeStats?.lagP99Ms ?? null,
    writeThresholdMs: WRITE_LAG_THRESHOLD_MS,
    jobOldestWaitingMs: jobOldestMs,
    jobThresholdMs: JOB_WAIT_THRESHOLD_MS,
  };
}
