// The producing side with Redis: enqueue() only appends to a local outbox (O(1), no network on the
// request path); a flusher pipelines the outbox into the stream with XADD, MAXLEN-capped. While Redis is
// unreachable the outbox holds the writes and retries; once it is full, new writes are rejected (README).
import { logger } from "@/lib/log/logger";
import type { RedisConnection } from "@/lib/redis/open-redis";

import type { TicketBook } from "./ticket-book";

interface Outgoing {
  ticket: string;
  payload: unknown;
}

const PIPELINE = 1_000;

export class RedisStreamProducer {
  private outbox: Outgoing[] = [];
  private flushing: Promise<void> | null = null;
  private failures = 0;
  private idleWaiters: Array<() => void> = [];

  constructor(
    private readonly commands: RedisConnection,
    private readonly stream: string,
    private readonly maxLength: number,
    private readonly book: TicketBook,
  ) {}

  get size(): number {
    return this.outbox.length;
  }

  push(ticket: string, payload: unknown): void {
    this.outbox.push({ ticket, payload });
    this.flushing ??= new Promise<void>((resolve) => setImmediate(resolve)).then(() => this.flush());
  }

  /** Resolves once the outbox is empty (shutdown, CLI exit), or after timeoutMs. */
  async drained(timeoutMs: number): Promise<boolean> {
    if (this.outbox.length === 0 && !this.flushing) return true;
    return new Promise((resolve) => {
      const timer = setTimeout(() => resolve(false), timeoutMs);
      this.idleWaiters.push(() => {
        clearTimeout(timer);
        resolve(true);
      });
    });
  }

  private async flush(): Promise<void> {
    while (this.outbox.length > 0) {
      const batch = this.outbox.slice(0, PIPELINE);
      // MULTI, not a plain pipeline: a reader blocked in XREADGROUP is served only after EXEC, so it sees the
      // whole flush (one IGDB answer's games together) and never indexes half of an answer.
      const pipeline = this.commands.multi();
      for (const item of batch) {
        pipeline.xadd(this.stream, "MAXLEN", "~", this.maxLength, "*", "t", item.ticket, "w", JSON.stringify(item.payload));
      }
      try {
        const results = await pipeline.exec();
        if (!results) throw new Error("the write transaction was discarded");
        this.outbox.splice(0, batch.length);
        this.failures = 0;
        batch.forEach((item, i) => {
          const [error, streamId] = results[i] ?? [new Error("no reply"), null];
          if (error) this.book.update(item.ticket, { state: "dead", reason: `XADD failed: ${error.message}` });
          else this.book.update(item.ticket, { state: "streamed", streamId: String(streamId) });
        });
      } catch (error) {
        // Redis unreachable: keep the outbox (bounded by the queue's capacity) and try again shortly.
        if (this.failures++ % 20 === 0)
          logger.warn({ err: error, outbox: this.outbox.length }, "catalog write stream unreachable; holding writes");
        await new Promise((resolve) => setTimeout(resolve, Math.min(100 * this.failures, 2_000)));
      }
    }
    this.flushing = null;
    for (const wake of this.idleWaiters.splice(0)) wake();
  }
}
