// BullMQ jobs as JobStatus. Logs and the run time of delayed jobs live outside the job hash, so they are
// read in one pipeline for a whole page of jobs.
import type { Job, Queue } from "bullmq";
import type { Redis } from "ioredis";

import { formatJobId } from "../job-id";
import type { JobState, JobStatus } from "../types";
import { fromBullPriority, fromBullState } from "./bull-job-options";

export interface JobInState {
  job: Job;
  state: JobState;
}

function toProgress(progress: unknown): JobStatus["progress"] {
  if (typeof progress === "number") return progress;
  if (progress && typeof progress === "object" && !Array.isArray(progress)) return progress as Record<string, unknown>;
  return 0;
}

/** From the job hash alone: no logs, no run time (enough to filter a list). */
export function toJobStatus(queue: Queue, { job, state }: JobInState, logs: string[] = [], runAt: number | null = null): JobStatus {
  return {
    id: formatJobId(queue.name, job.id!),
    queue: queue.name,
    name: job.name,
    state,
    data: job.data as unknown,
    progress: toProgress(job.progress),
    attemptsMade: job.attemptsMade,
    attempts: job.opts.attempts ?? 1,
    priority: fromBullPriority(job.priority),
    createdAt: job.timestamp,
    processedAt: job.processedOn ?? null,
    finishedAt: job.finishedOn ?? null,
    runAt,
    failedReason: job.failedReason || null,
    stacktrace: job.stacktrace ?? [],
    returnValue: (job.returnvalue as unknown) ?? null,
    logs,
  };
}

export async function readJobStatuses(queue: Queue, redis: Redis, jobs: readonly JobInState[]): Promise<JobStatus[]> {
  if (!jobs.length) return [];
  const pipeline = redis.pipeline();
  for (const { job, state } of jobs) {
    pipeline.lrange(queue.toKey(`${job.id}:logs`), 0, -1);
    // The delayed set's score is the run time × 4096 (the low 12 bits order jobs within a millisecond).
    if (state === "delayed") pipeline.zscore(queue.keys.delayed!, job.id!);
  }
  const replies = (await pipeline.exec()) ?? [];
  let next = 0;
  const reply = () => {
    const [err, value] = replies[next++] ?? [null, null];
    if (err) throw err;
    return value;
  };
  return jobs.map((entry) => {
    const logs = (reply() as string[] | null) ?? [];
    const score = entry.state === "delayed" ? (reply() as string | null) : null;
    return toJobStatus(queue, entry, logs, score === null ? null : Math.floor(Number(score) / 0x1000));
  });
}

/** One job by its id within the queue; null when it does not exist (any more). */
export async function readJobStatus(queue: Queue, redis: Redis, localId: string): Promise<JobStatus | null> {
  // The state and the hash are two reads; a job that moves in between is read again, so a completed job
  // never shows the attempt count of its active hash.
  for (let tries = 0; ; tries++) {
    const before = await queue.getJobState(localId);
    const job = await queue.getJob(localId);
    const after = job ? await queue.getJobState(localId) : "unknown";
    const state = fromBullState(after);
    if (!job || !state) return null;
    if (before === after || tries === 3) return (await readJobStatuses(queue, redis, [{ job, state }]))[0] ?? null;
  }
}
