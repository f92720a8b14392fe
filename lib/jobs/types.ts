// The one job surface the app sees. Two runners implement it with the same semantics: BullMQ when
// REDIS_URL is set (shared by every instance), and an in-process runner when it is not (graceful
// degradation: a single instance without Redis still gets retries, priorities, cron and status).
import type { z } from "zod";

export type JobState = "waiting" | "delayed" | "active" | "completed" | "failed";

export interface BackoffOptions {
  type: "exponential" | "fixed";
  /** Exponential: delayMs × 2^(attempt-1), so 2,000 gives the seeds' 2 s / 4 s / 8 s. */
  delayMs: number;
}

/** Per job definition; each enqueue may override priority, delay and dedupe key. */
export interface JobOptions {
  /** Total tries, the first included. Default 3. */
  attempts?: number;
  /** Default exponential, 2,000 ms. */
  backoff?: BackoffOptions;
  /** 1 is the highest; unset runs after every prioritised job of its queue (BullMQ's rule). */
  priority?: number;
  /** Completed jobs kept for status and the dashboard; older ones are trimmed. Default 1,000. Failed jobs are kept. */
  keepCompleted?: number;
  /** Cron pattern (5 or 6 fields) for a repeatable job, scheduled once per deployment, not once per instance. */
  repeat?: { cron: string; timezone?: string };
}

/** Per queue: how many jobs of this queue run at once per worker process, and how fast. */
export interface QueueOptions {
  concurrency: number;
  /** At most `max` jobs started per `durationMs`, across all workers of the queue. */
  rateLimit?: { max: number; durationMs: number };
}

export interface JobContext {
  /** The public job id (see JobStatus.id). */
  id: string;
  /** 1 on the first try. */
  attempt: number;
  /** 0..100, or any JSON object; pushed to status subscribers. */
  progress(value: number | Record<string, unknown>): Promise<void>;
  /** A line in the job's log (kept with the job, shown by the admin console). */
  log(line: string): Promise<void>;
  /** Aborted when the process shuts down; long handlers should stop early and let the job retry. */
  signal: AbortSignal;
}

export interface JobDefinition<T = unknown> {
  /** Unique, e.g. "catalog.refresh-stale". */
  name: string;
  /** Queue it runs on, e.g. "catalog"; concurrency and rate limits are per queue. */
  queue: string;
  /** Data is validated on enqueue (a bad payload is the caller's bug) and again before handle (payloads outlive deploys). */
  schema: z.ZodType<T>;
  handle(data: T, context: JobContext): Promise<unknown>;
  options?: JobOptions;
  /** Jobs with the same key are not enqueued twice while one is waiting, delayed or active. */
  // Method syntax (not a function-typed property) so JobDefinition<T> stays assignable to AnyJobDefinition.
  dedupeKey?(data: T): string;
}

/**
 * A definition of any payload type, for heterogeneous lists (registries, startWorkers). Runners treat the
 * payload as unknown and re-validate it with the definition's own schema before calling handle.
 */
export type AnyJobDefinition = JobDefinition<unknown>;

export interface EnqueueOptions {
  delayMs?: number;
  priority?: number;
  dedupeKey?: string;
}

export interface JobStatus {
  /** Unique across queues: "<queue>:<id within the queue>". */
  id: string;
  queue: string;
  name: string;
  state: JobState;
  data: unknown;
  progress: number | Record<string, unknown>;
  attemptsMade: number;
  attempts: number;
  priority: number;
  createdAt: number;
  processedAt: number | null;
  finishedAt: number | null;
  /** When a delayed job (or a retry waiting out its backoff) becomes runnable. */
  runAt: number | null;
  failedReason: string | null;
  stacktrace: string[];
  returnValue: unknown;
  logs: string[];
}

export type JobEvent =
  | { type: "state"; id: string; state: JobState; attemptsMade: number; failedReason?: string }
  | { type: "progress"; id: string; progress: number | Record<string, unknown> };

export interface DeadLetter {
  /** Id within the dead-letter list. */
  id: string;
  /** The failed job as it was when it failed for good. */
  job: JobStatus;
  deadAt: number;
}

export interface QueueStats {
  queue: string;
  counts: Record<JobState, number>;
  paused: boolean;
  /** Jobs completed in the last minute and the last hour. */
  completedLastMinute: number;
  completedLastHour: number;
  failedLastHour: number;
  /** Age of the oldest waiting job, ms; null when none waits. */
  oldestWaitingMs: number | null;
  deadLetters: number;
}

export interface ListJobsFilter {
  states?: JobState[];
  /** Job name, exact. */
  name?: string;
  /** Case-insensitive substring of the id, name, data (as JSON) or failed reason. */
  search?: string;
  /** Created at or after, ms epoch. */
  since?: number;
  limit?: number;
  offset?: number;
}

export interface JobSystem {
  readonly kind: "bullmq" | "in-process";
  /** Validates data with the definition's schema. */
  enqueue<T>(job: JobDefinition<T>, data: T, options?: EnqueueOptions): Promise<{ id: string; deduplicated: boolean }>;
  getJob(id: string): Promise<JobStatus | null>;
  /** Live state and progress changes of one job, from whichever instance runs it. */
  subscribe(id: string, listener: (event: JobEvent) => void): Promise<() => Promise<void>>;
  listJobs(queue: string, filter?: ListJobsFilter): Promise<{ jobs: JobStatus[]; total: number }>;
  queueStats(): Promise<QueueStats[]>;
  retryJob(id: string): Promise<boolean>;
  removeJob(id: string): Promise<boolean>;
  promoteJob(id: string): Promise<boolean>;
  pauseQueue(queue: string): Promise<void>;
  resumeQueue(queue: string): Promise<void>;
  /** Removes completed or failed jobs older than maxAgeMs; returns how many. */
  cleanQueue(queue: string, state: "completed" | "failed", maxAgeMs: number): Promise<number>;
  listDeadLetters(queue?: string, limit?: number): Promise<DeadLetter[]>;
  /** Enqueues the dead job again (fresh attempts) and removes it from the dead-letter list; the new job id. */
  requeueDeadLetter(id: string): Promise<string | null>;
  /** Registers definitions and starts processing their queues in this process (the server, or `npm run worker`). */
  startWorkers(definitions: readonly AnyJobDefinition[], queues: Record<string, QueueOptions>): Promise<void>;
  /** Stops taking jobs, waits up to timeoutMs for active ones, then closes connections. */
  close(timeoutMs?: number): Promise<void>;
}
