// RabbitMQ (AMQP_URL): events go to the durable topic exchange `questlog.events` with the event type as the
// routing key; each consumer reads its own durable queue `questlog.<consumer>` bound to its types. Messages
// are persistent and the relay marks a batch published only after the broker's publisher confirms.
import { RabbitConnection } from "@/lib/rabbitmq/rabbit-connection";
import { RabbitPublisher } from "@/lib/rabbitmq/rabbit-publisher";
import { RabbitQueueConsumer } from "@/lib/rabbitmq/rabbit-queue-consumer";

import type { ApplyEvent } from "../apply-event-once";
import type { EventConsumer } from "../define-event-consumer";
import { parseStoreEvent } from "../parse-store-event";
import type { StoreEventEnvelope } from "../store-events";
import { DEFAULT_MAX_ATTEMPTS, retryDelayMs, type EventTransport } from "./event-transport";

export const DEFAULT_EXCHANGE = "questlog.events";

export interface RabbitTransportOptions {
  url: string;
  /** The topic exchange (tests use their own so parallel runs never meet). */
  exchange?: string;
  /** Queue names are `${queuePrefix}${consumer.name}`. */
  queuePrefix?: string;
  maxAttempts?: number;
  retryBaseMs?: number;
  prefetch?: number;
}

export class RabbitTransport implements EventTransport {
  readonly kind = "rabbitmq";
  readonly exchange: string;
  private publisher: RabbitPublisher | null = null;
  private readonly consumers: RabbitQueueConsumer[] = [];

  private constructor(
    private readonly connection: RabbitConnection,
    private readonly options: RabbitTransportOptions,
  ) {
    this.exchange = options.exchange ?? DEFAULT_EXCHANGE;
  }

  static async open(options: RabbitTransportOptions): Promise<RabbitTransport> {
    return new RabbitTransport(await RabbitConnection.open(options.url, "events"), options);
  }

  queueName(consumer: string): string {
    return `${this.options.queuePrefix ?? "questlog."}${consumer}`;
  }

  async publish(events: readonly StoreEventEnvelope[]): Promise<void> {
    this.publisher ??= new RabbitPublisher(this.connection, this.exchange);
    await this.publisher.publish(
      events.map((event) => ({
        routingKey: event.type,
        body: Buffer.from(JSON.stringify(event)),
        options: {
          persistent: true,
          messageId: event.id,
          type: event.type,
          contentType: "application/json",
          timestamp: Math.floor(Date.parse(event.occurred_at) / 1000),
          appId: "questlog",
          headers: { version: event.version, aggregate_id: event.aggregate_id },
        },
      })),
    );
  }

  async startConsumers(consumers: readonly EventConsumer[], apply: ApplyEvent): Promise<void> {
    for (const consumer of consumers) {
      const queue = new RabbitQueueConsumer(this.connection, {
        exchange: this.exchange,
        queue: this.queueName(consumer.name),
        bindings: consumer.types,
        prefetch: this.options.prefetch,
        maxAttempts: this.options.maxAttempts ?? DEFAULT_MAX_ATTEMPTS,
        retryDelayMs: (attempt) => retryDelayMs(attempt, this.options.retryBaseMs),
        async handle(message) {
          let event: StoreEventEnvelope;
          try {
            event = parseStoreEvent(message.content.toString("utf8"));
          } catch {
            return "dead"; // unreadable: retrying cannot help
          }
          await apply(consumer, event);
          return "ack";
        },
      });
      await queue.start();
      this.consumers.push(queue);
    }
  }

  async close(): Promise<void> {
    await Promise.all(this.consumers.splice(0).map((c) => c.stop()));
    await this.publisher?.close();
    await this.connection.close();
  }
}
