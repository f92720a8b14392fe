// Runs the in-process runner's jobs: starts what each queue allows, calls handlers, and settles each
// attempt the way BullMQ does (retry with backoff, or fail for good and dead-letter).
import { logger } from "@/lib/log/logger";

import { settlesWithin, type Clock } from "../clock";
import { JobSystemClosedError } from "../errors";
import { formatJobId, repeatLocalId } from "../job-id";
import { nextCronRun, REPEAT_PAYLOAD } from "../repeat-schedule";
import { backoffDelayMs, resolveJobOptions, retryPolicy } from "../resolve-job-options";
import { errorMessage, errorStack, isPermanentError, runJobHandler, toJsonValue } from "../run-job-handler";
import type { AnyJobDefinition, JobContext, JobEvent } from "../types";
import { InProcessDeadLetters } from "./in-process-dead-letters";
import { InProcessQueue } from "./in-process-queue";
import { JobEventHub } from "./job-event-hub";
import { createRecord, toJobStatus, type JobRecord, type NewJob } from "./job-record";

// Module-level logger fields, not a child logger: tests silence and inspect `logger` itself.
const LOG = { module: "jobs", runner: "in-process" } as const;

interface Running {
  controller: AbortController;
  done: Promise<void>;
}

export class InProcessRunner {
  readonly queues = new Map<string, InProcessQueue>();
  readonly definitions = new Map<string, AnyJobDefinition>();
  readonly hub = new JobEventHub();
  readonly deadLetters = new InProcessDeadLetters();
  private readonly running = new Set<Running>();
  private stopping = false;

  constructor(readonly clock: Clock) {}

  queue(name: string): InProcessQueue {
    let queue = this.queues.get(name);
    if (!queue) {
      const created = new InProcessQueue(name, this.clock, {
        changed: (record) => this.emit(record),
        runnable: () => this.pump(created),
      });
      this.queues.set(name, created);
      queue = created;
    }
    return queue;
  }

  addJob(job: NewJob, runAt: number): JobRecord {
    if (this.stopping) throw new JobSystemClosedError();
    const record = createRecord(job, this.clock.now());
    this.queue(job.queue).add(record, runAt);
    return record;
  }

  /** Adds the definition's next scheduled run as a delayed job, BullMQ's job scheduler way. */
  scheduleNextRun(definition: AnyJobDefinition, after: number): void {
    const repeat = definition.options?.repeat;
    if (!repeat || this.stopping) return;
    const at = nextCronRun(repeat.cron, after, repeat.timezone);
    const localId = repeatLocalId(definition.name, at);
    if (this.queue(definition.queue).jobs.has(localId)) return;
    const policy = retryPolicy(resolveJobOptions(definition, undefined));
    this.addJob(
      {
        queue: definition.queue,
        localId,
        name: definition.name,
        data: toJsonValue(REPEAT_PAYLOAD),
        policy,
        dedupeKey: null,
        scheduledFor: at,
      },
      at,
    );
  }

  pump(queue: InProcessQueue): void {
    if (this.stopping) return;
    for (let record = queue.takeNext(); record; record = queue.takeNext()) this.start(queue, record);
  }

  /**
   * Stops starting jobs and timers; waits for running handlers, aborts their signal after timeoutMs, and
   * gives them as long again to stop. One that ignores its signal is abandoned rather than left to hang
   * the process's shutdown.
   */
  async stop(timeoutMs: number): Promise<void> {
    this.stopping = true;
    for (const queue of this.queues.values()) queue.stopTimers();
    const all = Promise.allSettled([...this.running].map((r) => r.done));
    if (!(await settlesWithin(all, timeoutMs, this.clock))) {
      logger.warn({ ...LOG, running: this.running.size, timeoutMs }, "aborting jobs still running at shutdown");
      for (const r of this.running) r.controller.abort(new Error("The job system is shutting down"));
      if (!(await settlesWithin(all, timeoutMs, this.clock)))
        logger.error({ ...LOG, running: this.running.size }, "abandoning jobs that ignored the abort signal");
    }
    this.hub.clear();
  }

  private start(queue: InProcessQueue, record: JobRecord): void {
    const definition = this.definitions.get(record.name);
    // The next run is added when this one starts, as BullMQ's scheduler does: a slow run never skips one.
    if (record.scheduledFor !== null && definition) this.scheduleNextRun(definition, Math.max(this.clock.now(), record.scheduledFor));
    const controller = new AbortController();
    const context: JobContext = {
      id: formatJobId(record.queue, record.localId),
      attempt: record.attemptsMade + 1,
      signal: controller.signal,
      progress: async (value) => {
        record.progress = toJsonValue(value) as JobRecord["progress"];
        this.hub.emit({ type: "progress", id: context.id, progress: record.progress });
      },
      log: async (line) => {
        record.logs.push(line);
      },
    };
    const running: Running = { controller, done: Promise.resolve() };
    running.done = runJobHandler(definition, record.name, record.data, context)
      .then(
        (result) => this.complete(queue, record, result),
        (error: unknown) => this.fail(queue, record, error),
      )
      .finally(() => {
        this.running.delete(running);
        queue.activeCount--;
        this.pump(queue);
      });
    this.running.add(running);
  }

  private complete(queue: InProcessQueue, record: JobRecord, result: unknown): void {
    record.attemptsMade++;
    record.state = "completed";
    record.finishedAt = this.clock.now();
    record.returnValue = result;
    queue.releaseDedupe(record);
    this.emit(record);
    queue.completed(record, record.policy.keepCompleted);
  }

  private fail(queue: InProcessQueue, record: JobRecord, error: unknown): void {
    record.attemptsMade++;
    record.failedReason = errorMessage(error);
    record.stacktrace.push(errorStack(error));
    const permanent = isPermanentError(error);
    if (!permanent && record.attemptsMade < record.policy.attempts) {
      const delayMs = backoffDelayMs(record.policy.backoff, record.attemptsMade);
      logger.info(
        { ...LOG, jobId: formatJobId(record.queue, record.localId), attempt: record.attemptsMade, delayMs, reason: record.failedReason },
        "job attempt failed; retrying",
      );
      if (this.stopping) record.state = "waiting";
      else if (delayMs > 0) queue.delay(record, this.clock.now() + delayMs);
      else queue.makeWaiting(record);
      return;
    }
    record.state = "failed";
    record.finishedAt = this.clock.now();
    queue.releaseDedupe(record);
    this.emit(record);
    const status = toJobStatus(record);
    const entry = this.deadLetters.add(status, record.policy, record.finishedAt);
    logger.error(
      { ...LOG, jobId: status.id, deadLetterId: entry.id, attemptsMade: record.attemptsMade, permanent, err: error },
      "job failed for good; dead-lettered",
    );
  }

  private emit(record: JobRecord): void {
    const event: JobEvent = {
      type: "state",
      id: formatJobId(record.queue, record.localId),
      state: record.state,
      attemptsMade: record.attemptsMade,
    };
    if (record.state === "failed" && record.failedReason !== null) event.failedReason = record.failedReason;
    this.hub.emit(event);
  }
}
