// The catalog's only writer: takes batches from a WriteSource and applies each in one SQLite transaction.
// A failing batch is retried with backoff, then split in halves until the poison entry is alone; a lone
// entry that keeps failing (or no longer validates) goes to the dead-letter list and is never retried
// forever. Entries are acked only after their transaction commits: at-least-once, made safe by idempotent
// upserts.
import type { CatalogDatabase } from "@/lib/catalog/open-catalog-database";
import { logger } from "@/lib/log/logger";

import { applyWrites } from "./apply-writes";
import { CatalogWriteSchema, type AppliedChanges, type CatalogWrite } from "./catalog-write";
import type { TicketBook } from "./ticket-book";
import type { PendingWrite, WriteSource } from "./write-source";

export interface DrainerOptions {
  /** Most rows per transaction; bounds how long one commit blocks the event loop. */
  batchSize: number;
  /** How long a partial batch waits to fill up. */
  lingerMs: number;
  /** Tries per isolated entry before it is dead. */
  maxAttempts: number;
  /** First retry delay; doubles per attempt. */
  backoffMs: number;
  /** An entry delivered this many times (crash loops) is buried without another try. */
  maxDeliveries: number;
}

export const DEFAULT_DRAINER_OPTIONS: DrainerOptions = { batchSize: 500, lingerMs: 5, maxAttempts: 5, backoffMs: 50, maxDeliveries: 10 };

interface Valid {
  entry: PendingWrite;
  write: CatalogWrite;
}

export interface DrainerCounters {
  applied: number;
  dead: number;
  batches: number;
  lastBatchRows: number;
  lastBatchMs: number;
  /** Cumulative ms per phase of the loop, for benchmarks and profiling (a few clock reads per batch). */
  phaseMs: DrainPhases;
}

export interface DrainPhases {
  /** Waiting for and reading a batch from the source (XREADGROUP round trips, JSON parse of each entry). */
  take: number;
  /** Schema validation of each entry. */
  validate: number;
  /** The SQLite transaction. */
  apply: number;
  /** Acknowledging the batch (XACK). */
  ack: number;
  /** The after-write listeners (search index, cache tags, page revalidation). */
  listeners: number;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export class Drainer {
  readonly counters: DrainerCounters = {
    applied: 0,
    dead: 0,
    batches: 0,
    lastBatchRows: 0,
    lastBatchMs: 0,
    phaseMs: { take: 0, validate: 0, apply: 0, ack: 0, listeners: 0 },
  };
  private readonly stopper = new AbortController();
  private loop: Promise<void> | null = null;

  constructor(
    private readonly db: CatalogDatabase,
    private readonly source: WriteSource,
    private readonly book: TicketBook,
    private readonly onApplied: readonly ((changes: AppliedChanges) => void)[],
    private readonly options: DrainerOptions = DEFAULT_DRAINER_OPTIONS,
  ) {}

  start(): void {
    this.loop ??= this.run();
  }

  /** Stops taking batches; the batch in flight finishes (its transaction is never cut). */
  async stop(): Promise<void> {
    this.stopper.abort();
    await this.loop;
  }

  /** Drains what the source holds right now, then returns (shutdown flush, CLI runs, tests). */
  async drainOnce(): Promise<number> {
    let total = 0;
    for (;;) {
      const batch = await this.source.take(this.options.batchSize, 0, AbortSignal.timeout(50));
      if (batch.length === 0) return total;
      await this.process(batch);
      total += batch.length;
    }
  }

  private async run(): Promise<void> {
    const { signal } = this.stopper;
    // The next batch is read while this one is applied: the read is in flight (Redis answers on its own core,
    // the reply waits in the socket) during the transaction, which blocks the event loop anyway. A stop still
    // applies a batch already read, so nothing taken is left pending for XAUTOCLAIM to find later.
    let next: Promise<readonly PendingWrite[]> | null = null;
    while (!signal.aborted || next) {
      try {
        const taking = performance.now();
        const batch = await (next ?? this.take(signal));
        next = null;
        if (batch.length === 0) continue;
        this.counters.phaseMs.take += performance.now() - taking;
        if (!signal.aborted) next = this.take(signal);
        await this.process(batch);
      } catch (error) {
        // The source itself failed (Redis unreachable): nothing was acked, so nothing is lost; wait and retry.
        logger.warn({ err: error }, "catalog write source failed; retrying");
        await sleep(1_000);
      }
    }
  }

  private take(signal: AbortSignal): Promise<readonly PendingWrite[]> {
    const taken = this.source.take(this.options.batchSize, this.options.lingerMs, signal);
    // Awaited on the next turn of the loop; until then a failed read must not count as unhandled.
    taken.catch(() => {});
    return taken;
  }

  private async process(batch: readonly PendingWrite[]): Promise<void> {
    const started = performance.now();
    const valid: Valid[] = [];
    for (const entry of batch) {
      const parsed = CatalogWriteSchema.safeParse(entry.payload);
      if (!parsed.success) await this.bury(entry, `invalid write: ${parsed.error.issues[0]?.message ?? "schema mismatch"}`, 0);
      else if (entry.deliveries > this.options.maxDeliveries)
        await this.bury(entry, `delivered ${entry.deliveries} times without being applied`, entry.deliveries);
      else valid.push({ entry, write: parsed.data });
    }
    this.counters.phaseMs.validate += performance.now() - started;
    await this.applyGroup(valid, 1);
    this.counters.batches++;
    this.counters.lastBatchRows = batch.length;
    this.counters.lastBatchMs = performance.now() - started;
  }

  private async applyGroup(group: readonly Valid[], attempt: number): Promise<void> {
    if (group.length === 0) return;
    for (const { entry } of group) if (entry.ticket) this.book.update(entry.ticket, { attempts: attempt });
    let changes: AppliedChanges;
    const applying = performance.now();
    try {
      changes = applyWrites(
        this.db,
        group.map((v) => v.write),
      );
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      // A whole batch gets one retry (a transient SQLITE_BUSY clears); then halves isolate the poison entry.
      if (group.length > 1 && attempt >= 2) {
        const half = Math.ceil(group.length / 2);
        await this.applyGroup(group.slice(0, half), 1);
        await this.applyGroup(group.slice(half), 1);
        return;
      }
      if (attempt >= this.options.maxAttempts) {
        await this.bury(group[0]!.entry, reason, attempt);
        return;
      }
      logger.warn({ reason, rows: group.length, attempt }, "catalog write batch failed; retrying");
      await sleep(this.options.backoffMs * 2 ** (attempt - 1));
      await this.applyGroup(group, attempt + 1);
      return;
    }
    const acking = performance.now();
    this.counters.phaseMs.apply += acking - applying;
    const entries = group.map((v) => v.entry);
    await this.source.ack(entries);
    const notifying = performance.now();
    this.counters.phaseMs.ack += notifying - acking;
    for (const entry of entries) if (entry.ticket) this.book.update(entry.ticket, { state: "applied" });
    this.counters.applied += entries.length;
    logger.debug(
      { rows: entries.length, upserted: changes.upserted.length, deleted: changes.deleted.length },
      "catalog write batch applied",
    );
    for (const listener of this.onApplied) {
      try {
        listener(changes);
      } catch (error) {
        logger.error({ err: error }, "after-write hook failed");
      }
    }
    this.counters.phaseMs.listeners += performance.now() - notifying;
  }

  private async bury(entry: PendingWrite, reason: string, attempts: number): Promise<void> {
    logger.error({ ref: entry.ref, reason, attempts }, "catalog write dead-lettered");
    await this.source.bury(entry, reason, attempts);
    if (entry.ticket) this.book.update(entry.ticket, { state: "dead", reason });
    this.counters.dead++;
  }
}
