// One queue's jobs and the transitions between states. It does not run handlers (the job system does);
// it keeps the waiting order (priority 1 first, unprioritised last, FIFO within a priority, BullMQ's
// order with our "unset runs last" rule), the delayed timers, the dedupe keys and the rate window.
import type { Clock } from "../clock";
import { PRIORITY_LIMIT } from "../resolve-job-options";
import type { JobState, QueueOptions } from "../types";
import type { JobRecord } from "./job-record";
import { SlidingWindowLimiter } from "./sliding-window-limiter";

const rank = (record: JobRecord) => record.policy.priority || PRIORITY_LIMIT;
const PENDING: ReadonlySet<JobState> = new Set(["waiting", "delayed", "active"]);

export interface QueueHooks {
  /** A state change subscribers should hear about. */
  changed(record: JobRecord): void;
  /** A job became runnable, or the rate window reopened: time to start what can start. */
  runnable(): void;
}

export class InProcessQueue {
  readonly jobs = new Map<string, JobRecord>();
  paused = false;
  activeCount = 0;
  /** Null until startWorkers names this queue: jobs wait, as they would for a queue with no worker. */
  options: QueueOptions | null = null;
  private limiter: SlidingWindowLimiter | null = null;
  private waiting: JobRecord[] = [];
  /** Completed jobs in completion order (a Set keeps insertion order), so trimming never scans the queue. */
  private readonly completedInOrder = new Set<JobRecord>();
  private readonly timers = new Map<string, unknown>();
  private readonly dedupe = new Map<string, string>();
  private wakeTimer: unknown = null;
  private lastId = 0;
  private lastSeq = 0;

  constructor(
    readonly name: string,
    private readonly clock: Clock,
    private readonly hooks: QueueHooks,
  ) {}

  configure(options: QueueOptions): void {
    if (!Number.isInteger(options.concurrency) || options.concurrency < 1) {
      throw new RangeError(`queue ${this.name}: concurrency must be a positive integer`);
    }
    this.options = options;
    this.limiter = options.rateLimit ? new SlidingWindowLimiter(options.rateLimit.max, options.rateLimit.durationMs) : null;
  }

  nextLocalId(): string {
    return String(++this.lastId);
  }

  /** The waiting, delayed or active job holding this dedupe key, if any. */
  holderOf(dedupeKey: string): JobRecord | undefined {
    const holder = this.jobs.get(this.dedupe.get(dedupeKey) ?? "");
    return holder && PENDING.has(holder.state) ? holder : undefined;
  }

  add(record: JobRecord, runAt: number): void {
    this.jobs.set(record.localId, record);
    if (record.dedupeKey) this.dedupe.set(record.dedupeKey, record.localId);
    if (runAt > this.clock.now()) this.delay(record, runAt);
    else this.makeWaiting(record);
  }

  delay(record: JobRecord, runAt: number): void {
    this.clearTimer(record);
    record.state = "delayed";
    record.runAt = runAt;
    this.arm(record, runAt);
    this.hooks.changed(record);
  }

  makeWaiting(record: JobRecord): void {
    this.clearTimer(record);
    record.state = "waiting";
    record.runAt = null;
    record.seq = ++this.lastSeq;
    const key = rank(record);
    let low = 0;
    let high = this.waiting.length;
    while (low < high) {
      const mid = (low + high) >>> 1;
      if (rank(this.waiting[mid]!) <= key) low = mid + 1;
      else high = mid;
    }
    this.waiting.splice(low, 0, record);
    this.hooks.changed(record);
    this.hooks.runnable();
  }

  /** The next job allowed to start now (concurrency, pause and rate limit permitting), now active. */
  takeNext(): JobRecord | undefined {
    if (!this.options || this.paused || this.activeCount >= this.options.concurrency || !this.waiting.length) return undefined;
    const now = this.clock.now();
    const waitMs = this.limiter?.waitMs(now) ?? 0;
    if (waitMs > 0) {
      this.wakeAfter(waitMs);
      return undefined;
    }
    const record = this.waiting.shift()!;
    this.limiter?.recordStart(now);
    this.activeCount++;
    record.state = "active";
    record.processedAt = now;
    this.hooks.changed(record);
    return record;
  }

  /** After completion or final failure: the key may be used again. */
  releaseDedupe(record: JobRecord): void {
    if (record.dedupeKey && this.dedupe.get(record.dedupeKey) === record.localId) this.dedupe.delete(record.dedupeKey);
  }

  remove(record: JobRecord): void {
    this.clearTimer(record);
    this.releaseDedupe(record);
    this.waiting = this.waiting.filter((r) => r !== record);
    this.completedInOrder.delete(record);
    this.jobs.delete(record.localId);
  }

  /** Records a completion, keeping the newest `keep` completed jobs, as BullMQ's removeOnComplete: { count } does. */
  completed(record: JobRecord, keep: number): void {
    this.completedInOrder.add(record);
    for (const oldest of this.completedInOrder) {
      if (this.completedInOrder.size <= keep) break;
      this.remove(oldest);
    }
  }

  oldestWaitingCreatedAt(): number | null {
    return this.waiting.reduce<number | null>((oldest, r) => (oldest === null || r.createdAt < oldest ? r.createdAt : oldest), null);
  }

  stopTimers(): void {
    for (const handle of this.timers.values()) this.clock.clearTimeout(handle);
    this.timers.clear();
    if (this.wakeTimer !== null) this.clock.clearTimeout(this.wakeTimer);
    this.wakeTimer = null;
  }

  private wakeAfter(ms: number): void {
    if (this.wakeTimer !== null) return;
    this.wakeTimer = this.clock.setTimeout(() => {
      this.wakeTimer = null;
      this.hooks.runnable();
    }, ms);
  }

  private arm(record: JobRecord, runAt: number): void {
    // Node timers may fire a millisecond before Date.now() reaches their time; a job never runs early.
    const fire = () => (this.clock.now() < runAt ? this.arm(record, runAt) : this.makeWaiting(record));
    this.timers.set(record.localId, this.clock.setTimeout(fire, Math.max(1, runAt - this.clock.now())));
  }

  private clearTimer(record: JobRecord): void {
    const handle = this.timers.get(record.localId);
    if (handle === undefined) return;
    this.clock.clearTimeout(handle);
    this.timers.delete(record.localId);
  }
}
