// The console's reads of one BullMQ queue: listJobs and queueStats.
import type { Queue } from "bullmq";
import type { Redis } from "ioredis";

import { filterJobs } from "../filter-jobs";
import type { JobState, JobStatus, ListJobsFilter, QueueStats } from "../types";
import { BULL_TYPES } from "./bull-job-options";
import { readJobStatuses, toJobStatus, type JobInState } from "./read-job-statuses";

/** Jobs read per state to filter in memory; past it the console sees the newest only, and capped totals. */
export const LIST_SCAN_LIMIT = 2_000;
const ALL_STATES: JobState[] = ["waiting", "delayed", "active", "completed", "failed"];
const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

export async function listBullJobs(queue: Queue, redis: Redis, filter: ListJobsFilter = {}): Promise<{ jobs: JobStatus[]; total: number }> {
  const states = filter.states?.length ? filter.states : ALL_STATES;
  const found: JobInState[] = (
    await Promise.all(
      states.map(async (state) =>
        (await queue.getJobs(BULL_TYPES[state], 0, LIST_SCAN_LIMIT - 1)).filter(Boolean).map((job) => ({ job, state })),
      ),
    )
  ).flat();
  // Filter and page on what the job hashes hold; read logs and run times for the page alone.
  const byId = new Map(found.map((entry) => [toJobStatus(queue, entry).id, entry]));
  const page = filterJobs(
    [...byId.values()].map((entry) => toJobStatus(queue, entry)),
    filter,
  );
  return {
    jobs: await readJobStatuses(
      queue,
      redis,
      page.jobs.map((job) => byId.get(job.id)!),
    ),
    total: page.total,
  };
}

export async function bullQueueStats(queue: Queue, redis: Redis, deadLetters: number): Promise<QueueStats> {
  const now = Date.now();
  const [raw, paused, waitingIds, recent] = await Promise.all([
    queue.getJobCounts(...BULL_TYPES.waiting, "delayed", "active", "completed", "failed"),
    queue.isPaused(),
    queue.getRanges(BULL_TYPES.waiting, 0, LIST_SCAN_LIMIT - 1),
    // Finished sets are scored by finish time, so "how many in the last minute" is a range count.
    redis
      .multi()
      .zcount(queue.keys.completed!, now - MINUTE, "+inf")
      .zcount(queue.keys.completed!, now - HOUR, "+inf")
      .zcount(queue.keys.failed!, now - HOUR, "+inf")
      .exec(),
  ]);
  const count = (type: string) => Number(raw[type] ?? 0);
  const createdAt = waitingIds.length ? await Promise.all(waitingIds.map((id) => redis.hget(queue.toKey(id), "timestamp"))) : [];
  const oldest = createdAt.reduce<number | null>((min, ts) => (ts === null ? min : Math.min(min ?? Infinity, Number(ts))), null);
  const [minute, hour, failedHour] = (recent ?? []).map(([, value]) => Number(value ?? 0));
  return {
    queue: queue.name,
    counts: {
      waiting: BULL_TYPES.waiting.reduce((sum, type) => sum + count(type), 0),
      delayed: count("delayed"),
      active: count("active"),
      completed: count("completed"),
      failed: count("failed"),
    },
    paused,
    completedLastMinute: minute ?? 0,
    completedLastHour: hour ?? 0,
    failedLastHour: failedHour ?? 0,
    oldestWaitingMs: oldest === null ? null : Math.max(0, now - oldest),
    deadLetters,
  };
}
