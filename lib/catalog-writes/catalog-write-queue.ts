// The catalog write queue: the only path by which catalog rows reach SQLite. Producers (request paths,
// jobs, CLIs) enqueue in O(1) and never wait for the disk; the drainer applies batches in single
// transactions. In-process without Redis; a Redis Stream read by one consumer group per instance with
// REDIS_URL. README.md in this folder describes delivery, ordering and backpressure.
import type { CatalogDatabase } from "@/lib/catalog/open-catalog-database";
import { logger } from "@/lib/log/logger";
import { openRedis, type RedisConnection } from "@/lib/redis/open-redis";
import { compareIds, StreamConsumerGroup } from "@/lib/redis/stream-consumer-group";

import type { AppliedChanges, CatalogWrite, DeadWrite, WriteQueueStats, WriteStatus, WriteTicket } from "./catalog-write";
import { DEFAULT_DRAINER_OPTIONS, Drainer, type DrainerOptions, type DrainPhases } from "./drainer";
import { InProcessSource } from "./in-process-source";
import { RedisStreamProducer } from "./redis-stream-producer";
import { RedisStreamSource } from "./redis-stream-source";
import { TicketBook } from "./ticket-book";

export interface StreamConfig {
  url: string;
  stream: string;
  /** One consumer group per instance (one SQLite replica). */
  group: string;
  /** Unique per process. */
  consumer: string;
  claimIdleMs: number;
  maxLength: number;
  deadKey: string;
  /** Reads only entries added from now on, and destroys the group on close (a CLI run's own group). */
  ephemeral?: boolean;
}

export interface CatalogWriteQueueOptions {
  db: CatalogDatabase;
  /** Writes this process may hold before enqueue() rejects: the buffer (in-process) or the outbox (Redis). */
  capacity: number;
  /** Prefix of ticket ids; unique per process. */
  ticketPrefix: string;
  /** Run in order after every batch the drainer applies (after-catalog-write.ts, the subscribers of applied-writes-listeners.ts). */
  onApplied?: readonly ((changes: AppliedChanges) => void)[];
  drainer?: Partial<DrainerOptions>;
  stream?: StreamConfig;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export class CatalogWriteQueue {
  readonly mode: "in-process" | "redis-stream";
  private readonly book: TicketBook;
  private readonly drainer: Drainer;
  private readonly local: InProcessSource | null = null;
  private readonly producer: RedisStreamProducer | null = null;
  private readonly streamSource: RedisStreamSource | null = null;
  private readonly group: StreamConsumerGroup | null = null;
  private readonly connections: RedisConnection[] = [];
  private rejected = 0;
  private closing = false;
  private started: Promise<void> | null = null;

  constructor(private readonly options: CatalogWriteQueueOptions) {
    this.book = new TicketBook(options.ticketPrefix);
    const drainerOptions = { ...DEFAULT_DRAINER_OPTIONS, ...options.drainer };
    const onApplied = options.onApplied ?? [];
    const { stream } = options;
    if (stream) {
      this.mode = "redis-stream";
      const commands = openRedis(stream.url, "catalog-writes");
      const blocking = openRedis(stream.url, "catalog-writes-reader", { blocking: true });
      this.connections.push(commands, blocking);
      this.group = new StreamConsumerGroup(commands, blocking, stream.stream, stream.group, stream.consumer);
      this.producer = new RedisStreamProducer(commands, stream.stream, stream.maxLength, this.book);
      this.streamSource = new RedisStreamSource(this.group, commands, {
        claimIdleMs: stream.claimIdleMs,
        blockMs: 500,
        deadKey: stream.deadKey,
        deadLimit: 1_000,
        groupStart: stream.ephemeral ? "$" : "0",
      });
      this.drainer = new Drainer(options.db, this.streamSource, this.book, onApplied, drainerOptions);
    } else {
      this.mode = "in-process";
      this.local = new InProcessSource();
      this.drainer = new Drainer(options.db, this.local, this.book, onApplied, drainerOptions);
    }
  }

  /** Creates this instance's consumer group (Redis) and starts draining. */
  start(): Promise<void> {
    this.started ??= (async () => {
      // Redis down at start must not stop the server: the drainer's reads retry, and create the group then.
      await this.group
        ?.ensureGroup(this.groupStart())
        .catch((error: unknown) => logger.warn({ err: error }, "catalog write stream unreachable at start; retrying"));
      this.drainer.start();
    })();
    return this.started;
  }

  private groupStart(): "0" | "$" {
    return this.options.stream?.ephemeral ? "$" : "0";
  }

  /** O(1) per write, never waits: each write gets a ticket; rejected ones when the queue is full. */
  enqueue(writes: readonly CatalogWrite[]): WriteTicket[] {
    return writes.map((write) => {
      if (this.closing) return this.reject("shutting down");
      if (this.held() >= this.options.capacity) return this.reject("queue full");
      const id = this.book.open("queued");
      if (this.producer) this.producer.push(id, write);
      else this.local!.push({ ticket: id, ref: id, payload: write, deliveries: 1 });
      return { id, accepted: true };
    });
  }

  /** For jobs and CLIs, which can wait: blocks until there is room, so a big sync slows to the drain rate. */
  async enqueueWhenReady(writes: readonly CatalogWrite[]): Promise<WriteTicket[]> {
    const tickets: WriteTicket[] = [];
    for (let next = 0; next < writes.length;) {
      while (!this.closing && this.held() >= this.options.capacity) await sleep(5);
      const room = Math.max(1, this.options.capacity - this.held());
      tickets.push(...this.enqueue(writes.slice(next, next + room)));
      next += room;
    }
    return tickets;
  }

  /** Enqueues and resolves once every write is applied or dead on this instance. */
  async write(writes: readonly CatalogWrite[]): Promise<WriteStatus[]> {
    const tickets = await this.enqueueWhenReady(writes);
    return Promise.all(tickets.map((t) => this.settled(t.id)));
  }

  async settled(id: string): Promise<WriteStatus> {
    const local = this.book.settled(id);
    if (!this.group) return (await local) ?? unknownTicket(id);
    // Another process of this instance's group (a CLI beside the server) may apply it: look now and then.
    for (;;) {
      const winner = await Promise.race([local, sleep(500).then(() => null)]);
      if (winner) return winner;
      const status = await this.status(id);
      if (!status || status.state === "applied" || status.state === "dead" || status.state === "rejected")
        return status ?? unknownTicket(id);
    }
  }

  async status(id: string): Promise<WriteStatus | null> {
    const status = this.book.get(id);
    if (!status)
      return (await this.deadLetters(1_000)).some((d) => d.id === id) ? { id, state: "dead", attempts: 0, updatedAt: Date.now() } : null;
    if (status.state !== "streamed" || !status.streamId) return status;
    // Applied by some process of this instance's group: delivered to the group, and older than anything
    // it still holds unacked (conservative: a later poll settles entries acked out of order).
    const progress = await this.groupProgress();
    if (
      progress &&
      compareIds(status.streamId, progress.lastDeliveredId) <= 0 &&
      (!progress.oldestPending || compareIds(status.streamId, progress.oldestPending) < 0)
    ) {
      this.book.update(id, { state: "applied" });
      return this.book.get(id);
    }
    return status;
  }

  private progressCache: { at: number; value: Promise<{ lastDeliveredId: string; oldestPending: string | null } | null> } | null = null;

  /** The group's read position and oldest unacked entry, fetched at most every 250 ms however many tickets ask. */
  private groupProgress(): Promise<{ lastDeliveredId: string; oldestPending: string | null } | null> {
    const group = this.group;
    if (!group) return Promise.resolve(null);
    if (!this.progressCache || Date.now() - this.progressCache.at > 250) {
      const value = (async () => {
        const mine = (await group.groups()).find((g) => g.name === group.group);
        return mine
          ? { lastDeliveredId: mine.lastDeliveredId, oldestPending: mine.pending > 0 ? await group.oldestPendingId() : null }
          : null;
      })();
      this.progressCache = { at: Date.now(), value };
    }
    return this.progressCache.value;
  }

  async stats(): Promise<WriteQueueStats> {
    const source = this.streamSource ?? this.local!;
    const c = this.drainer.counters;
    return {
      mode: this.mode,
      depth: (this.producer?.size ?? 0) + (await source.depth()),
      capacity: this.options.capacity,
      applied: c.applied,
      rejected: this.rejected,
      dead: c.dead,
      batches: c.batches,
      lastBatchRows: c.lastBatchRows,
      lastBatchMs: Math.round(c.lastBatchMs * 100) / 100,
      lagP50Ms: this.book.lagPercentile(50),
      lagP99Ms: this.book.lagPercentile(99),
      oldestWaitingMs: await source.oldestWaitingMs(),
    };
  }

  /** Writes this process's drainer applied, and where its time went; no I/O, so a benchmark may poll it. */
  drainProgress(): { applied: number; batches: number; phaseMs: Readonly<DrainPhases> } {
    const c = this.drainer.counters;
    return { applied: c.applied, batches: c.batches, phaseMs: c.phaseMs };
  }

  /** Resolves once every enqueued write has reached Redis (immediately in-process); false on timeout. */
  async handedOff(timeoutMs = 10_000): Promise<boolean> {
    return this.producer ? this.producer.drained(timeoutMs) : true;
  }

  async deadLetters(limit = 100): Promise<DeadWrite[]> {
    return this.streamSource ? this.streamSource.deadLetters(limit) : this.local!.dead.slice(0, limit);
  }

  /** Puts a dead write back in the queue (after the cause was fixed); its new ticket. */
  async requeueDead(id: string): Promise<WriteTicket | null> {
    // A full (or closing) queue would reject the write after it left the dead list, and it would be gone:
    // refuse first, leaving it dead. (Room taken between this check and the enqueue is the same rejection
    // any producer gets; the window is one Redis round trip.)
    if (this.closing) return this.reject("shutting down");
    if (this.held() >= this.options.capacity) return this.reject("queue full");
    let dead: DeadWrite | null = null;
    if (this.streamSource) dead = await this.streamSource.removeDeadLetter(id);
    else {
      const index = this.local!.dead.findIndex((d) => d.id === id);
      if (index >= 0) dead = this.local!.dead.splice(index, 1)[0] ?? null;
    }
    return dead ? (this.enqueue([dead.write as CatalogWrite])[0] ?? null) : null;
  }

  /**
   * Shutdown: refuse new writes, hand the outbox to Redis, let the batch in flight commit; in-process, apply
   * everything still buffered. Bounded by timeoutMs; what Redis holds is applied after the restart.
   */
  async close(timeoutMs = 10_000): Promise<void> {
    this.closing = true;
    const deadline = Date.now() + timeoutMs;
    if (this.producer) await this.producer.drained(timeoutMs);
    await Promise.race([this.drainer.stop(), sleep(Math.max(0, deadline - Date.now()))]);
    if (this.local) await this.drainer.drainOnce();
    if (this.options.stream?.ephemeral) await this.group?.destroy().catch(() => {});
    await Promise.all(this.connections.map((c) => c.quit().catch(() => c.disconnect())));
  }

  private held(): number {
    return this.producer ? this.producer.size : this.local!.size;
  }

  private reject(reason: string): WriteTicket {
    this.rejected++;
    return { id: this.book.open("rejected", reason), accepted: false };
  }
}

const unknownTicket = (id: string): WriteStatus => ({
  id,
  state: "rejected",
  attempts: 0,
  reason: "unknown ticket",
  updatedAt: Date.now(),
});
