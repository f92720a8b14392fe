// The transactional outbox relay: moves OutboxEvent rows to the transport, oldest first, in batches.
// Rows are claimed with SELECT … FOR UPDATE SKIP LOCKED inside a transaction that stays open while the batch
// is published and is committed with publishedAt set, so two relays on one database never publish the same
// row at once, and a relay that dies mid-batch releases its rows (its transaction rolls back) to the next.
// At-least-once: a crash after the broker confirmed and before the commit republishes; consumers dedupe.
import type { PrismaClient } from "@/generated/prisma/client";
import { logger } from "@/lib/log/logger";

import { errorMessage, type EventTransport } from "../transports/event-transport";
import { toEnvelope, type OutboxRow } from "./outbox-row";

export interface OutboxRelayOptions {
  prisma: PrismaClient;
  transport: EventTransport;
  /** Most rows per claim transaction. */
  batchSize?: number;
  /** How often to look for rows other instances wrote (this process's writers call nudge()). */
  pollMs?: number;
  /** First delay after a failed publish; doubles per consecutive failure up to maxBackoffMs. */
  backoffMs?: number;
  maxBackoffMs?: number;
  /** Longest a publish (and so a claim transaction) may take. */
  publishTimeoutMs?: number;
  onPublished?: (count: number) => void;
}

export interface RelayStats {
  published: number;
  failures: number;
  consecutiveFailures: number;
  lastError: string | null;
}

export class OutboxRelay {
  private readonly batchSize: number;
  private readonly pollMs: number;
  private running: Promise<void> | null = null;
  private stopping = false;
  private wake: (() => void) | null = null;
  private nudged = false;
  private readonly counts: RelayStats = { published: 0, failures: 0, consecutiveFailures: 0, lastError: null };

  constructor(private readonly options: OutboxRelayOptions) {
    this.batchSize = options.batchSize ?? 100;
    this.pollMs = options.pollMs ?? 1_000;
  }

  get transport(): EventTransport {
    return this.options.transport;
  }

  start(): void {
    this.stopping = false;
    this.running ??= this.loop().finally(() => (this.running = null));
  }

  /** A writer committed an event: look now instead of at the next poll (no-op while backing off). */
  nudge(): void {
    this.nudged = true;
    if (this.counts.consecutiveFailures === 0) this.wake?.();
  }

  /**
   * Stops the loop; with flush, first publishes what is unpublished (within timeoutMs), as a graceful
   * shutdown should: another instance would publish it anyway, but a single instance would only on restart.
   */
  async stop({ flush = true, timeoutMs = 10_000 }: { flush?: boolean; timeoutMs?: number } = {}): Promise<void> {
    this.stopping = true;
    this.wake?.();
    await this.running;
    if (!flush) return;
    const deadline = Date.now() + timeoutMs;
    while (Date.now() < deadline) {
      const { published, error } = await this.publishBatch().catch((e: unknown) => ({ published: 0, error: errorMessage(e) }));
      if (error || published < this.batchSize) break;
    }
  }

  /** Publishes everything currently unpublished (tests, CLIs); returns how many rows it marked. */
  async drain(): Promise<number> {
    let total = 0;
    for (;;) {
      const { published, error } = await this.publishBatch();
      if (error) throw new Error(error);
      total += published;
      if (published < this.batchSize) return total;
    }
  }

  stats(): RelayStats {
    return { ...this.counts };
  }

  private async loop(): Promise<void> {
    while (!this.stopping) {
      this.nudged = false;
      const { published, error } = await this.publishBatch().catch((e: unknown) => ({ published: 0, error: errorMessage(e) }));
      if (error) {
        this.counts.failures++;
        this.counts.consecutiveFailures++;
        this.counts.lastError = error;
        const delay = Math.min(
          this.options.maxBackoffMs ?? 30_000,
          (this.options.backoffMs ?? 500) * 2 ** (this.counts.consecutiveFailures - 1),
        );
        logger.warn({ error, delayMs: delay, failures: this.counts.consecutiveFailures }, "outbox relay: publish failed; backing off");
        await this.sleep(delay);
        continue;
      }
      this.counts.consecutiveFailures = 0;
      // A full batch means more are probably waiting; a nudge during the batch means a new row may have missed it.
      if (published === this.batchSize || this.nudged) continue;
      await this.sleep(this.pollMs);
    }
  }

  private sleep(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const timer = setTimeout(done, ms);
      function done() {
        clearTimeout(timer);
        resolve();
      }
      this.wake = () => {
        this.wake = null;
        done();
      };
    });
  }

  /** One claim transaction: rows locked, published, marked; on a publish error marked as attempted instead. */
  private async publishBatch(): Promise<{ published: number; error?: string }> {
    const publishTimeoutMs = this.options.publishTimeoutMs ?? 15_000;
    const result = await this.options.prisma.$transaction(
      async (tx) => {
        const rows = await tx.$queryRaw<OutboxRow[]>`
          SELECT "id", "type", "version", "aggregateId", "payload", "createdAt"
          FROM "OutboxEvent"
          WHERE "publishedAt" IS NULL
          ORDER BY "createdAt", "id"
          LIMIT ${this.batchSize}
          FOR UPDATE SKIP LOCKED`;
        if (rows.length === 0) return { published: 0 };
        const ids = rows.map((row) => row.id);
        try {
          await withTimeout(this.options.transport.publish(rows.map(toEnvelope)), publishTimeoutMs);
        } catch (error) {
          const message = errorMessage(error);
          await tx.outboxEvent.updateMany({ where: { id: { in: ids } }, data: { attempts: { increment: 1 }, lastError: message } });
          return { published: 0, error: message };
        }
        await tx.outboxEvent.updateMany({ where: { id: { in: ids } }, data: { publishedAt: new Date(), attempts: { increment: 1 } } });
        return { published: rows.length };
      },
      { timeout: publishTimeoutMs + 10_000, maxWait: 10_000 },
    );
    if (result.published > 0) {
      this.counts.published += result.published;
      this.options.onPublished?.(result.published);
    }
    return result;
  }
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error(`publish timed out after ${ms} ms`)), ms)));
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}
