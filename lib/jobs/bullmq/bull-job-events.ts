// subscribe() over BullMQ's event stream: one QueueEvents per queue, shared by all subscribers of this
// process, so a job run by any instance reaches them. Each QueueEvents starts at the stream's current
// end, read before it connects, so no event between subscribe() and its first XREAD is lost.
import { QueueEvents } from "bullmq";
import type { Redis } from "ioredis";

import { logger } from "@/lib/log/logger";

import { formatJobId } from "../job-id";
import type { JobEvent, JobState } from "../types";

const LOG = { module: "jobs", runner: "bullmq" } as const;

type Listener = (event: JobEvent) => void;

/** Where a job stands when someone subscribes to it. */
export type JobSnapshot = { state: JobState; attemptsMade: number } | null;

interface Subscription {
  listeners: Set<Listener>;
  // Stream events carry no attempt count, and reading the job hash when an event arrives would see later
  // attempts; counting the attempts the events themselves end stays exact and in order.
  attemptsMade: number;
  state: JobState | null;
}

const STATES: readonly JobState[] = ["waiting", "delayed", "active", "completed", "failed"];

function toProgress(data: unknown): number | Record<string, unknown> {
  if (typeof data === "number") return data;
  return data && typeof data === "object" && !Array.isArray(data) ? (data as Record<string, unknown>) : 0;
}

export class BullJobEvents {
  private readonly streams = new Map<string, Promise<QueueEvents>>();
  private readonly subscriptions = new Map<string, Subscription>();

  constructor(
    private readonly prefix: string,
    private readonly producer: Redis,
    private readonly consumer: Redis,
  ) {}

  async subscribe(queue: string, localId: string, snapshot: () => Promise<JobSnapshot>, listener: Listener): Promise<() => Promise<void>> {
    const id = formatJobId(queue, localId);
    await this.stream(queue);
    let subscription = this.subscriptions.get(id);
    if (!subscription) {
      const now = await snapshot();
      subscription = this.subscriptions.get(id) ?? {
        listeners: new Set(),
        attemptsMade: now?.attemptsMade ?? 0,
        state: now?.state ?? null,
      };
      this.subscriptions.set(id, subscription);
    }
    const { listeners } = subscription;
    listeners.add(listener);
    return async () => {
      listeners.delete(listener);
      if (!listeners.size && this.subscriptions.get(id)?.listeners === listeners) this.subscriptions.delete(id);
    };
  }

  async close(): Promise<void> {
    const streams = await Promise.allSettled(this.streams.values());
    this.streams.clear();
    this.subscriptions.clear();
    await Promise.allSettled(streams.map((s) => (s.status === "fulfilled" ? s.value.close() : null)));
  }

  private stream(queue: string): Promise<QueueEvents> {
    let stream = this.streams.get(queue);
    if (!stream) {
      stream = this.open(queue);
      this.streams.set(queue, stream);
      stream.catch(() => this.streams.delete(queue));
    }
    return stream;
  }

  private async open(queue: string): Promise<QueueEvents> {
    const [last] = await this.producer.xrevrange(`${this.prefix}:${queue}:events`, "+", "-", "COUNT", 1);
    const events = new QueueEvents(queue, { connection: this.consumer, prefix: this.prefix, lastEventId: last?.[0] ?? "0-0" });
    events.on("error", (err) => logger.warn({ ...LOG, err, queue }, "job event stream error"));
    for (const state of STATES) {
      events.on(state as "active", (args: { jobId: string; failedReason?: string }) =>
        this.onState(formatJobId(queue, args.jobId), state, args.failedReason),
      );
    }
    events.on("progress", ({ jobId, data }) =>
      this.deliver(formatJobId(queue, jobId), { type: "progress", id: formatJobId(queue, jobId), progress: toProgress(data) }),
    );
    await events.waitUntilReady();
    return events;
  }

  private onState(id: string, state: JobState, failedReason: string | undefined): void {
    const subscription = this.subscriptions.get(id);
    if (!subscription) return;
    const previous = subscription.state;
    subscription.state = state;
    // An attempt ends in completed or failed, or, when it is retried, in delayed (backoff) or waiting.
    if (state === "completed" || state === "failed" || (previous === "active" && (state === "delayed" || state === "waiting")))
      subscription.attemptsMade++;
    // An operator's retry of a failed job starts its attempts afresh.
    if (previous === "failed" && state === "waiting") subscription.attemptsMade = 0;
    const event: JobEvent = { type: "state", id, state, attemptsMade: subscription.attemptsMade };
    if (failedReason !== undefined && state === "failed") event.failedReason = failedReason;
    this.deliver(id, event);
  }

  private deliver(id: string, event: JobEvent): void {
    for (const listener of this.subscriptions.get(id)?.listeners ?? []) {
      try {
        listener(event);
      } catch (err) {
        logger.warn({ ...LOG, err, jobId: id }, "job event listener threw");
      }
    }
  }
}
