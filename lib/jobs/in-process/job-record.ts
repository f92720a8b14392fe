// The in-process runner's job: what BullMQ keeps in a job hash, plus the ordering key of the waiting list.
import { formatJobId } from "../job-id";
import type { RetryPolicy } from "../resolve-job-options";
import type { JobStatus } from "../types";

/** A JobStatus without what the policy holds, plus the runner's own bookkeeping. */
export interface JobRecord extends Omit<JobStatus, "id" | "attempts" | "priority"> {
  localId: string;
  policy: RetryPolicy;
  dedupeKey: string | null;
  /** For a scheduled run: the cron time it stands for, from which the next run is computed. */
  scheduledFor: number | null;
  /** Insertion order into the waiting list: FIFO within a priority. */
  seq: number;
}

export interface NewJob {
  queue: string;
  localId: string;
  name: string;
  data: unknown;
  policy: RetryPolicy;
  dedupeKey: string | null;
  scheduledFor?: number;
}

export function createRecord(job: NewJob, now: number): JobRecord {
  return {
    ...job,
    scheduledFor: job.scheduledFor ?? null,
    state: "waiting",
    progress: 0,
    attemptsMade: 0,
    createdAt: now,
    processedAt: null,
    finishedAt: null,
    runAt: null,
    failedReason: null,
    stacktrace: [],
    returnValue: null,
    logs: [],
    seq: 0,
  };
}

/** A copy: callers must not be able to change the runner's state through what they are given. */
export function toJobStatus(record: JobRecord): JobStatus {
  const clone = <T>(value: T): T => (value === null || typeof value !== "object" ? value : structuredClone(value));
  return {
    id: formatJobId(record.queue, record.localId),
    queue: record.queue,
    name: record.name,
    state: record.state,
    data: clone(record.data),
    progress: clone(record.progress),
    attemptsMade: record.attemptsMade,
    attempts: record.policy.attempts,
    priority: record.policy.priority,
    createdAt: record.createdAt,
    processedAt: record.processedAt,
    finishedAt: record.finishedAt,
    runAt: record.runAt,
    failedReason: record.failedReason,
    stacktrace: [...record.stacktrace],
    returnValue: clone(record.returnValue),
    logs: [...record.logs],
  };
}
