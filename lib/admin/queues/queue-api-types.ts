// What the queue console's API answers (documented in docs/admin-console.md).
import type { DeadWrite, WriteQueueStats } from "@/lib/catalog-writes/catalog-write";
import type { DeadLetter, JobState, JobStatus, QueueStats } from "@/lib/jobs/types";

export type { DeadLetter, DeadWrite, JobState, JobStatus, QueueStats, WriteQueueStats };

/** GET /api/admin/queues */
export interface QueuesOverview {
  queues: QueueStats[];
  catalogWrites: WriteQueueStats;
  generatedAt: string;
}

/** GET /api/admin/queues/{queue} */
export interface QueueDetail {
  stats: QueueStats;
  /** Registered definitions of the queue and names seen among its newest jobs, for the name filter. */
  jobNames: string[];
  generatedAt: string;
}

/** GET /api/admin/queues/{queue}/jobs */
export interface QueueJobsPage {
  queue: string;
  jobs: JobStatus[];
  total: number;
  limit: number;
  offset: number;
}

/** POST /api/admin/queues/{queue}/retry-failed */
export interface RetryFailedResult {
  queue: string;
  retried: number;
  /** Failed jobs that could not be retried (they changed state meanwhile). */
  skipped: number;
  /** True when the bound was reached and failed jobs remain: call again. */
  more: boolean;
}

/** POST /api/admin/queues/{queue}/clean */
export interface CleanResult {
  queue: string;
  state: "completed" | "failed";
  maxAgeMs: number;
  removed: number;
}

/** POST pause/resume */
export interface PauseResult {
  queue: string;
  paused: boolean;
}

/** POST /api/admin/jobs/{id}/retry and /promote */
export interface JobActionResult {
  id: string;
  state: JobState | null;
}

/** POST /api/admin/dead-letters/{id}/requeue */
export interface RequeueResult {
  deadLetterId: string;
  jobId: string;
}

/** POST /api/admin/catalog-writes/dead/{id}/requeue */
export interface RequeueWriteResult {
  deadWriteId: string;
  ticket: { id: string; accepted: boolean };
}
