// The job system without Redis: one process, the same semantics as the BullMQ runner (graceful
// degradation: a single instance without Redis still runs its jobs). Jobs live in memory, so they do not survive a restart; dead letters and history neither.
import { systemClock, type Clock } from "../clock";
import { toDeadLetter } from "../dead-letter-entry";
import { JobSystemClosedError } from "../errors";
import { filterJobs } from "../filter-jobs";
import { formatJobId, parseJobId } from "../job-id";
import { registerDefinitions } from "../register-definitions";
import { resolveJobOptions, retryPolicy } from "../resolve-job-options";
import { toJsonValue } from "../run-job-handler";
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
import { queueStatsOf } from "./in-process-queue-stats";
import { InProcessRunner } from "./in-process-runner";
import { toJobStatus, type JobRecord } from "./job-record";

export interface InProcessJobSystemOptions {
  clock?: Clock;
}

export class InProcessJobSystem implements JobSystem {
  readonly kind = "in-process" as const;
  private readonly runner: InProcessRunner;
  private started = false;
  private closing: Promise<void> | null = null;

  constructor(options: InProcessJobSystemOptions = {}) {
    this.runner = new InProcessRunner(options.clock ?? systemClock);
  }

  async enqueue<T>(job: JobDefinition<T>, data: T, options?: EnqueueOptions): Promise<{ id: string; deduplicated: boolean }> {
    if (this.closing) throw new JobSystemClosedError();
    job.schema.parse(data); // a bad payload is the caller's bug: throw the ZodError at them
    const resolved = resolveJobOptions(job, data, options);
    const queue = this.runner.queue(job.queue);
    const holder = resolved.dedupeKey ? queue.holderOf(resolved.dedupeKey) : undefined;
    if (holder) return { id: formatJobId(queue.name, holder.localId), deduplicated: true };
    const record = this.runner.addJob(
      {
        queue: job.queue,
        localId: queue.nextLocalId(),
        name: job.name,
        data: toJsonValue(data),
        policy: retryPolicy(resolved),
        dedupeKey: resolved.dedupeKey,
      },
      this.runner.clock.now() + resolved.delayMs,
    );
    return { id: formatJobId(record.queue, record.localId), deduplicated: false };
  }

  async getJob(id: string): Promise<JobStatus | null> {
    const record = this.find(id);
    return record ? toJobStatus(record) : null;
  }

  async subscribe(id: string, listener: (event: JobEvent) => void): Promise<() => Promise<void>> {
    const remove = this.runner.hub.add(id, listener);
    return async () => remove();
  }

  async listJobs(queue: string, filter?: ListJobsFilter): Promise<{ jobs: JobStatus[]; total: number }> {
    const records = this.runner.queues.get(queue)?.jobs.values() ?? [];
    return filterJobs([...records].map(toJobStatus), filter);
  }

  async queueStats(): Promise<QueueStats[]> {
    const now = this.runner.clock.now();
    return [...this.runner.queues.values()]
      .map((queue) => queueStatsOf(queue, now, this.runner.deadLetters.count(queue.name)))
      .sort((a, b) => a.queue.localeCompare(b.queue));
  }

  async retryJob(id: string): Promise<boolean> {
    const record = this.find(id);
    if (record?.state !== "failed" || this.closing) return false;
    record.attemptsMade = 0;
    record.failedReason = null;
    record.finishedAt = null;
    record.processedAt = null;
    this.runner.deadLetters.dropForJob(id);
    this.runner.queue(record.queue).makeWaiting(record);
    return true;
  }

  async removeJob(id: string): Promise<boolean> {
    const record = this.find(id);
    // A running handler cannot be taken back; BullMQ refuses to remove a locked job too. A schedule's next run
    // is refused as BullMQ refuses it: the run that follows is only added when this one starts, so removing
    // it would stop the schedule until a restart.
    if (!record || record.state === "active") return false;
    if (record.scheduledFor !== null && (record.state === "delayed" || record.state === "waiting")) return false;
    this.runner.queue(record.queue).remove(record);
    return true;
  }

  async promoteJob(id: string): Promise<boolean> {
    const record = this.find(id);
    if (record?.state !== "delayed" || this.closing) return false;
    this.runner.queue(record.queue).makeWaiting(record);
    return true;
  }

  async pauseQueue(queue: string): Promise<void> {
    this.runner.queue(queue).paused = true;
  }

  async resumeQueue(queue: string): Promise<void> {
    const target = this.runner.queue(queue);
    target.paused = false;
    this.runner.pump(target);
  }

  async cleanQueue(queue: string, state: "completed" | "failed", maxAgeMs: number): Promise<number> {
    const target = this.runner.queues.get(queue);
    if (!target) return 0;
    const cutoff = this.runner.clock.now() - maxAgeMs;
    const old = [...target.jobs.values()].filter((r) => r.state === state && r.finishedAt !== null && r.finishedAt <= cutoff);
    for (const record of old) target.remove(record);
    return old.length;
  }

  async listDeadLetters(queue?: string, limit = 50): Promise<DeadLetter[]> {
    return this.runner.deadLetters.list(queue, limit).map(toDeadLetter);
  }

  async requeueDeadLetter(id: string): Promise<string | null> {
    const entry = this.runner.deadLetters.get(id);
    if (!entry) return null;
    // Validate against today's schema when we know it: requeueing a payload still invalid only fails again.
    this.runner.definitions.get(entry.job.name)?.schema.parse(entry.job.data);
    const queue = this.runner.queue(entry.job.queue);
    const record = this.runner.addJob(
      { queue: queue.name, localId: queue.nextLocalId(), name: entry.job.name, data: entry.job.data, policy: entry.retry, dedupeKey: null },
      this.runner.clock.now(),
    );
    this.runner.deadLetters.delete(id);
    return formatJobId(record.queue, record.localId);
  }

  async startWorkers(definitions: readonly AnyJobDefinition[], queues: Record<string, QueueOptions>): Promise<void> {
    if (this.closing) throw new JobSystemClosedError();
    if (this.started) throw new Error("startWorkers was already called on this job system");
    this.started = true;
    const names = registerDefinitions(this.runner.definitions, definitions, queues);
    for (const name of names) this.runner.queue(name).configure(queues[name] ?? { concurrency: 1 });
    const now = this.runner.clock.now();
    for (const definition of definitions) this.runner.scheduleNextRun(definition, now);
    for (const name of names) this.runner.pump(this.runner.queue(name));
  }

  async close(timeoutMs = 10_000): Promise<void> {
    this.closing ??= this.runner.stop(timeoutMs);
    return this.closing;
  }

  private find(id: string): JobRecord | undefined {
    const parsed = parseJobId(id);
    return parsed ? this.runner.queues.get(parsed.queue)?.jobs.get(parsed.localId) : undefined;
  }
}
