// The job system on Redis through BullMQ: every instance enqueues to and works the same queues, so
// retries, priorities, rate limits, schedules and status are shared by the whole deployment.
import { Queue, type Job, type Worker } from "bullmq";

import { logger } from "@/lib/log/logger";

import { toDeadLetter } from "../dead-letter-entry";
import { JobSystemClosedError } from "../errors";
import { formatJobId, parseJobId } from "../job-id";
import { registerDefinitions } from "../register-definitions";
import { resolveJobOptions, retryPolicy } from "../resolve-job-options";
import type {
  AnyJobDefinition,
  DeadLetter,
  EnqueueOptions,
  JobDefinition,
  JobEvent,
  JobStatus,
  JobSystem,
  ListJobsFilter,
  QueueOptions,
  QueueStats,
} from "../types";
import { BullJobEvents } from "./bull-job-events";
import { toBullJobOptions } from "./bull-job-options";
import { closeWorkers, startBullWorker } from "./bull-worker";
import { bullQueueStats, listBullJobs } from "./inspect-bull-queue";
import { readJobStatus } from "./read-job-statuses";
import { openBullConnections, type BullConnections } from "./redis-connections";
import { RedisDeadLetters } from "./redis-dead-letters";
import { syncJobSchedulers } from "./sync-job-schedulers";

// Module-level logger fields, not a child logger: tests silence and inspect `logger` itself.
const LOG = { module: "jobs", runner: "bullmq" } as const;

export interface BullmqJobSystemOptions {
  redisUrl: string;
  /** Namespaces every key; tests pass their own to isolate themselves. Default "ql:bull". */
  prefix?: string;
}

export class BullmqJobSystem implements JobSystem {
  readonly kind = "bullmq" as const;
  private readonly prefix: string;
  private readonly connections: BullConnections;
  private readonly queues = new Map<string, Queue>();
  /** Queues this process works or has enqueued to: the ones queueStats reports. */
  private readonly known = new Set<string>();
  private readonly definitions = new Map<string, AnyJobDefinition>();
  private readonly workers: Worker[] = [];
  private readonly events: BullJobEvents;
  private readonly deadLetters: RedisDeadLetters;
  private readonly deadLettering = new Set<Promise<void>>();
  private closing: Promise<void> | null = null;
  private lastTimestamp = 0;

  constructor({ redisUrl, prefix = "ql:bull" }: BullmqJobSystemOptions) {
    this.prefix = prefix;
    this.connections = openBullConnections(redisUrl);
    this.events = new BullJobEvents(prefix, this.connections.producer, this.connections.consumer);
    this.deadLetters = new RedisDeadLetters(this.connections.producer, prefix);
  }

  async enqueue<T>(job: JobDefinition<T>, data: T, options?: EnqueueOptions): Promise<{ id: string; deduplicated: boolean }> {
    if (this.closing) throw new JobSystemClosedError();
    job.schema.parse(data); // a bad payload is the caller's bug: throw the ZodError at them
    const resolved = resolveJobOptions(job, data, options);
    const queue = this.queue(job.queue, true);
    // BullMQ answers a deduplicated add with the holder's id and no flag. Our creation times are unique
    // within this process, so a holder made by any earlier add has a stored time other than ours (across
    // instances, two adds of one key in the same millisecond could both read as new: harmless).
    const timestamp = (this.lastTimestamp = Math.max(Date.now(), this.lastTimestamp + 1));
    const added = await queue.add(job.name, data, {
      ...toBullJobOptions(retryPolicy(resolved)),
      timestamp,
      delay: resolved.delayMs || undefined,
      deduplication: resolved.dedupeKey ? { id: resolved.dedupeKey } : undefined,
    });
    const stored = resolved.dedupeKey ? await this.connections.producer.hget(queue.toKey(added.id!), "timestamp") : null;
    return { id: formatJobId(job.queue, added.id!), deduplicated: stored !== null && Number(stored) !== timestamp };
  }

  async getJob(id: string): Promise<JobStatus | null> {
    const parsed = parseJobId(id);
    return parsed ? readJobStatus(this.queue(parsed.queue), this.connections.producer, parsed.localId) : null;
  }

  async subscribe(id: string, listener: (event: JobEvent) => void): Promise<() => Promise<void>> {
    const parsed = parseJobId(id);
    if (!parsed) return async () => {};
    const snapshot = () => readJobStatus(this.queue(parsed.queue), this.connections.producer, parsed.localId);
    return this.events.subscribe(parsed.queue, parsed.localId, snapshot, listener);
  }

  listJobs(queue: string, filter?: ListJobsFilter): Promise<{ jobs: JobStatus[]; total: number }> {
    return listBullJobs(this.queue(queue), this.connections.producer, filter);
  }

  async queueStats(): Promise<QueueStats[]> {
    const names = [...this.known].sort();
    return Promise.all(
      names.map(async (name) => bullQueueStats(this.queue(name), this.connections.producer, await this.deadLetters.count(name))),
    );
  }

  async retryJob(id: string): Promise<boolean> {
    const job = await this.findJob(id);
    if (!job || (await job.getState()) !== "failed") return false;
    // Fresh attempts, as for a requeued dead letter: an operator's retry is a new start.
    await job.retry("failed", { resetAttemptsMade: true, resetAttemptsStarted: true });
    await this.deadLetters.dropForJob(id);
    return true;
  }

  async removeJob(id: string): Promise<boolean> {
    const parsed = parseJobId(id);
    if (!parsed) return false;
    const queue = this.queue(parsed.queue);
    if (!(await this.connections.producer.exists(queue.toKey(parsed.localId)))) return false;
    // BullMQ refuses (0) to remove a job a worker holds the lock of, and (-8) a scheduler's next run.
    return (await queue.remove(parsed.localId)) === 1;
  }

  async promoteJob(id: string): Promise<boolean> {
    const job = await this.findJob(id);
    if (!job || (await job.getState()) !== "delayed") return false;
    await job.promote();
    return true;
  }

  async pauseQueue(queue: string): Promise<void> {
    await this.queue(queue, true).pause();
  }

  async resumeQueue(queue: string): Promise<void> {
    await this.queue(queue, true).resume();
  }

  async cleanQueue(queue: string, state: "completed" | "failed", maxAgeMs: number): Promise<number> {
    return (await this.queue(queue).clean(maxAgeMs, 0, state)).length;
  }

  async listDeadLetters(queue?: string, limit = 50): Promise<DeadLetter[]> {
    return (await this.deadLetters.list(queue, limit)).map(toDeadLetter);
  }

  async requeueDeadLetter(id: string): Promise<string | null> {
    const entry = await this.deadLetters.get(id);
    if (!entry) return null;
    // Validate against today's schema when we know it: requeueing a payload still invalid only fails again.
    this.definitions.get(entry.job.name)?.schema.parse(entry.job.data);
    if (!(await this.deadLetters.take(entry))) return null;
    try {
      const job = await this.queue(entry.job.queue, true).add(entry.job.name, entry.job.data, toBullJobOptions(entry.retry));
      return formatJobId(entry.job.queue, job.id!);
    } catch (error) {
      await this.deadLetters.restore(entry);
      throw error;
    }
  }

  async startWorkers(definitions: readonly AnyJobDefinition[], queues: Record<string, QueueOptions>): Promise<void> {
    if (this.closing) throw new JobSystemClosedError();
    if (this.workers.length) throw new Error("startWorkers was already called on this job system");
    for (const name of registerDefinitions(this.definitions, definitions, queues)) {
      await syncJobSchedulers(
        this.queue(name, true),
        definitions.filter((d) => d.queue === name),
      );
      this.workers.push(
        startBullWorker({
          queue: name,
          options: queues[name] ?? { concurrency: 1 },
          prefix: this.prefix,
          connection: this.connections.consumer,
          definitions: this.definitions,
          onFailed: (job) => this.track(this.deadLetters.addIfFinal(this.queue(name), job)),
        }),
      );
    }
    await Promise.all(this.workers.map((w) => w.waitUntilReady()));
  }

  async close(timeoutMs = 10_000): Promise<void> {
    this.closing ??= (async () => {
      await closeWorkers(this.workers, timeoutMs);
      await Promise.allSettled(this.deadLettering);
      await this.events.close();
      await Promise.allSettled([...this.queues.values()].map((q) => q.close()));
      await this.connections.close();
    })();
    return this.closing;
  }

  private track(work: Promise<void>): void {
    const tracked = work
      .catch((err: unknown) => logger.error({ ...LOG, err }, "could not dead-letter a failed job"))
      .finally(() => this.deadLettering.delete(tracked));
    this.deadLettering.add(tracked);
  }

  private async findJob(id: string): Promise<Job | undefined> {
    const parsed = parseJobId(id);
    return parsed ? this.queue(parsed.queue).getJob(parsed.localId) : undefined;
  }

  private queue(name: string, known = false): Queue {
    if (known) this.known.add(name);
    let queue = this.queues.get(name);
    if (!queue) {
      queue = new Queue(name, { connection: this.connections.producer, prefix: this.prefix });
      queue.on("error", (err) => logger.warn({ ...LOG, err, queue: name }, "job queue error"));
      this.queues.set(name, queue);
    }
    return queue;
  }
}
