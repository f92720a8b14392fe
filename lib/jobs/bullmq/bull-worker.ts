// One BullMQ Worker per queue. BullMQ owns retries and backoff (attempts/backoff job options); we add the
// payload check before handle (a poison payload fails at once, with UnrecoverableError) and the
// dead-letter copy when a job fails for good, which BullMQ has no notion of.
import { UnrecoverableError, Worker, type Job } from "bullmq";
import type { Redis } from "ioredis";

import { logger } from "@/lib/log/logger";

import { settlesWithin } from "../clock";
import { formatJobId } from "../job-id";
import { isPermanentError, runJobHandler } from "../run-job-handler";
import type { AnyJobDefinition, JobContext, QueueOptions } from "../types";

const LOG = { module: "jobs", runner: "bullmq" } as const;

export interface BullWorkerOptions {
  queue: string;
  options: QueueOptions;
  prefix: string;
  connection: Redis;
  definitions: ReadonlyMap<string, AnyJobDefinition>;
  /** Called after every failed attempt; BullMQ's own state tells whether it was the last. */
  onFailed(job: Job, error: Error): void;
}

function unrecoverable(error: unknown): UnrecoverableError {
  const wrapped = new UnrecoverableError(error instanceof Error ? error.message : String(error));
  if (error instanceof Error && error.stack) wrapped.stack = error.stack;
  return wrapped;
}

export function startBullWorker({ queue, options, prefix, connection, definitions, onFailed }: BullWorkerOptions): Worker {
  // Three parameters on purpose: BullMQ passes the abort signal only to processors that declare it.
  const processor = async (job: Job, _token: string | undefined, signal: AbortSignal | undefined) => {
    const context: JobContext = {
      id: formatJobId(queue, job.id!),
      attempt: job.attemptsMade + 1,
      signal: signal ?? new AbortController().signal,
      progress: (value) => job.updateProgress(value),
      log: async (line) => {
        await job.log(line);
      },
    };
    try {
      return await runJobHandler(definitions.get(job.name), job.name, job.data, context);
    } catch (error) {
      throw isPermanentError(error) ? unrecoverable(error) : error;
    }
  };
  const worker = new Worker(queue, processor, {
    connection,
    prefix,
    concurrency: options.concurrency,
    limiter: options.rateLimit ? { max: options.rateLimit.max, duration: options.rateLimit.durationMs } : undefined,
  });
  worker.on("failed", (job, error) => {
    if (job) onFailed(job, error);
  });
  worker.on("error", (err) => logger.error({ ...LOG, err, queue }, "job worker error"));
  return worker;
}

/**
 * Graceful stop: workers take no new job and wait for running ones; after timeoutMs their signals are
 * aborted, and a handler that ignores its signal is abandoned after as long again (its lock expires and
 * another instance retries the job).
 */
export async function closeWorkers(workers: readonly Worker[], timeoutMs: number): Promise<void> {
  const closed = Promise.allSettled(workers.map((w) => w.close()));
  if (await settlesWithin(closed, timeoutMs)) return;
  logger.warn({ ...LOG, timeoutMs }, "aborting jobs still running at shutdown");
  for (const worker of workers) worker.cancelAllJobs("The job system is shutting down");
  if (await settlesWithin(closed, timeoutMs)) return;
  logger.error(LOG, "abandoning jobs that ignored the abort signal");
  // close() is already under way and waits for them; dropping the workers' connections is what is left.
  await Promise.allSettled(workers.map((w) => w.disconnect()));
}
