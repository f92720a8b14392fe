// Without a broker (no AMQP_URL, no REDIS_URL): events go from the relay straight to this process's consumers.
// Published means "queued in memory", so a crash after the relay marked a row loses that delivery; the
// brokers exist for deployments that cannot accept that. A single-process install (PGlite) is the use.
import { logger } from "@/lib/log/logger";

import type { ApplyEvent } from "../apply-event-once";
import { wants, type EventConsumer } from "../define-event-consumer";
import type { StoreEventEnvelope } from "../store-events";
import { DEFAULT_MAX_ATTEMPTS, errorMessage, retryDelayMs, type DeadEvent, type EventTransport } from "./event-transport";

export interface InProcessTransportOptions {
  maxAttempts?: number;
  retryBaseMs?: number;
}

export class InProcessTransport implements EventTransport {
  readonly kind = "in-process";
  private consumers: readonly EventConsumer[] = [];
  private apply: ApplyEvent | null = null;
  private readonly queue: StoreEventEnvelope[] = [];
  private draining: Promise<void> | null = null;
  private closed = false;
  /** Deliveries given up on, newest last (the newest 1,000 are kept). */
  readonly dead: DeadEvent[] = [];

  constructor(private readonly options: InProcessTransportOptions = {}) {}

  async publish(events: readonly StoreEventEnvelope[]): Promise<void> {
    if (this.closed) throw new Error("in-process event transport is closed");
    this.queue.push(...events);
    this.kick();
  }

  async startConsumers(consumers: readonly EventConsumer[], apply: ApplyEvent): Promise<void> {
    this.consumers = consumers;
    this.apply = apply;
    this.kick();
  }

  /** Delivers what is queued (within timeoutMs), then refuses new events. */
  async close(timeoutMs = 10_000): Promise<void> {
    const drained = this.draining ?? Promise.resolve();
    await Promise.race([drained, new Promise((resolve) => setTimeout(resolve, timeoutMs).unref())]);
    this.closed = true;
    if (this.queue.length > 0) logger.warn({ undelivered: this.queue.length }, "in-process events left undelivered at close");
  }

  private kick(): void {
    if (this.draining || !this.apply) return;
    // Not awaited by publish: the relay's claim transaction is still open, and on PGlite (one connection) the
    // consumers' transactions can only start after it commits.
    this.draining = this.drain().finally(() => {
      this.draining = null;
      if (this.queue.length > 0) this.kick();
    });
  }

  private async drain(): Promise<void> {
    await new Promise((resolve) => setImmediate(resolve));
    for (let event = this.queue.shift(); event; event = this.queue.shift()) {
      for (const consumer of this.consumers) {
        if (wants(consumer, event.type)) await this.deliver(consumer, event);
      }
    }
  }

  private async deliver(consumer: EventConsumer, event: StoreEventEnvelope): Promise<void> {
    const maxAttempts = this.options.maxAttempts ?? DEFAULT_MAX_ATTEMPTS;
    for (let attempt = 1; ; attempt++) {
      try {
        await this.apply!(consumer, event);
        return;
      } catch (error) {
        if (attempt >= maxAttempts) {
          this.dead.push({
            consumer: consumer.name,
            eventId: event.id,
            type: event.type,
            reason: errorMessage(error),
            at: new Date().toISOString(),
          });
          if (this.dead.length > 1_000) this.dead.shift();
          logger.error({ err: error, consumer: consumer.name, eventId: event.id, attempts: attempt }, "event dead-lettered");
          return;
        }
        logger.warn({ err: error, consumer: consumer.name, eventId: event.id, attempt }, "event consumer failed; retrying");
        await new Promise((resolve) => setTimeout(resolve, retryDelayMs(attempt, this.options.retryBaseMs)));
      }
    }
  }
}
