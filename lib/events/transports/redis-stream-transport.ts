// A Redis Stream (REDIS_URL without AMQP_URL): the relay XADDs each event to `questlog:events` (trimmed with
// MAXLEN ~), and each consumer reads through a consumer group of its own, so every consumer sees every event.
// An entry is acked after its handler's transaction commits; one that fails stays pending and is claimed
// again (XAUTOCLAIM) once idle for claimIdleMs, by this process or by another instance if this one died;
// past maxAttempts deliveries it is copied to `<stream>:dead:<consumer>` and acked.
import { hostname } from "node:os";

import { logger } from "@/lib/log/logger";
import { openRedis, type RedisConnection } from "@/lib/redis/open-redis";
import { StreamConsumerGroup, type StreamEntry } from "@/lib/redis/stream-consumer-group";

import type { ApplyEvent } from "../apply-event-once";
import { wants, type EventConsumer } from "../define-event-consumer";
import { parseStoreEvent } from "../parse-store-event";
import type { StoreEventEnvelope } from "../store-events";
import { DEFAULT_MAX_ATTEMPTS, errorMessage, type EventTransport } from "./event-transport";

export const DEFAULT_STREAM_KEY = "questlog:events";

export interface RedisStreamTransportOptions {
  url: string;
  stream?: string;
  /** Approximate cap on the stream's length (XADD MAXLEN ~). */
  maxLength?: number;
  maxAttempts?: number;
  /** A pending entry idle this long is delivered again (a failed handler's retry, or a dead process's entry). */
  claimIdleMs?: number;
  /** Longest a read waits for new entries (and so how long stop() may wait). */
  blockMs?: number;
  batchSize?: number;
}

export class RedisStreamTransport implements EventTransport {
  readonly kind = "redis";
  readonly stream: string;
  private readonly commands: RedisConnection;
  private readonly readers: Array<{ blocking: RedisConnection; done: Promise<void> }> = [];
  private stopped = false;

  constructor(private readonly options: RedisStreamTransportOptions) {
    this.stream = options.stream ?? DEFAULT_STREAM_KEY;
    this.commands = openRedis(options.url, "events");
  }

  deadKey(consumer: string): string {
    return `${this.stream}:dead:${consumer}`;
  }

  async publish(events: readonly StoreEventEnvelope[]): Promise<void> {
    const pipeline = this.commands.pipeline();
    for (const event of events) {
      pipeline.xadd(
        this.stream,
        "MAXLEN",
        "~",
        this.options.maxLength ?? 100_000,
        "*",
        "id",
        event.id,
        "type",
        event.type,
        "event",
        JSON.stringify(event),
      );
    }
    const replies = (await pipeline.exec()) ?? [];
    const failed = replies.find(([error]) => error);
    if (failed || replies.length !== events.length) throw failed?.[0] ?? new Error("XADD pipeline answered short");
  }

  async startConsumers(consumers: readonly EventConsumer[], apply: ApplyEvent): Promise<void> {
    for (const consumer of consumers) {
      const blocking = openRedis(this.options.url, `events:${consumer.name}`, { blocking: true });
      const group = new StreamConsumerGroup(this.commands, blocking, this.stream, consumer.name, `${hostname()}:${process.pid}`);
      // "$": a new consumer starts with events published from now on, as a new RabbitMQ queue would.
      await group.ensureGroup("$");
      this.readers.push({ blocking, done: this.readLoop(consumer, group, apply) });
    }
  }

  async close(): Promise<void> {
    this.stopped = true;
    // Interrupts blocked reads; a handler in progress finishes first (its loop checks `stopped` after it).
    for (const reader of this.readers) reader.blocking.disconnect();
    await Promise.all(this.readers.splice(0).map((r) => r.done));
    this.commands.disconnect();
  }

  private async readLoop(consumer: EventConsumer, group: StreamConsumerGroup, apply: ApplyEvent): Promise<void> {
    const count = this.options.batchSize ?? 50;
    const claimIdleMs = this.options.claimIdleMs ?? 5_000;
    let cursor = "0-0";
    while (!this.stopped) {
      try {
        const claimed = await group.autoClaim(claimIdleMs, count, cursor);
        cursor = claimed.cursor;
        const entries = claimed.entries.length > 0 ? claimed.entries : await group.read(count, this.options.blockMs ?? 1_000);
        const counts = await group.deliveries(entries.map((e) => e.id));
        for (const entry of entries) {
          if (this.stopped) return;
          await this.handleEntry(consumer, group, apply, entry, counts.get(entry.id) ?? 1);
        }
      } catch (error) {
        if (this.stopped) return;
        logger.warn({ err: error, consumer: consumer.name }, "redis events: read failed; retrying in 1 s");
        await new Promise((resolve) => setTimeout(resolve, 1_000));
      }
    }
  }

  private async handleEntry(consumer: EventConsumer, group: StreamConsumerGroup, apply: ApplyEvent, entry: StreamEntry, attempt: number) {
    let event: StoreEventEnvelope;
    try {
      event = parseStoreEvent(entry.fields.event ?? "");
    } catch (error) {
      return this.bury(consumer, group, entry, `unreadable: ${errorMessage(error)}`);
    }
    // The stream carries every type; a consumer acks the ones it does not want at once.
    if (wants(consumer, event.type)) {
      try {
        await apply(consumer, event);
      } catch (error) {
        const dead = attempt >= (this.options.maxAttempts ?? DEFAULT_MAX_ATTEMPTS);
        logger.warn({ err: error, consumer: consumer.name, eventId: event.id, attempt, dead }, "redis events: handler failed");
        if (dead) await this.bury(consumer, group, entry, errorMessage(error));
        return; // left pending: claimed again after claimIdleMs
      }
    }
    await group.ack([entry.id]);
  }

  private async bury(consumer: EventConsumer, group: StreamConsumerGroup, entry: StreamEntry, reason: string): Promise<void> {
    const dead = this.deadKey(consumer.name);
    await this.commands.xadd(dead, "MAXLEN", "~", 10_000, "*", ...Object.entries(entry.fields).flat(), "reason", reason, "entry", entry.id);
    await group.ack([entry.id]);
    logger.error({ consumer: consumer.name, entry: entry.id, eventId: entry.fields.id, reason }, "event dead-lettered");
  }
}
