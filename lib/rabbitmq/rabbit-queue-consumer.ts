import type { Channel, ChannelModel, ConsumeMessage } from "amqplib";

import { logger } from "@/lib/log/logger";

import type { RabbitConnection } from "./rabbit-connection";

export interface QueueConsumerOptions {
  exchange: string;
  /** Durable quorum queue; its dead letters go to `${queue}.dead`. */
  queue: string;
  /** Routing keys (topic patterns) bound to the exchange. */
  bindings: readonly string[];
  /** Unacked messages the broker hands this process at once. */
  prefetch?: number;
  /** Deliveries in all before a message is dead-lettered. */
  maxAttempts: number;
  retryDelayMs: (attempt: number) => number;
  /** "ack" when handled, "dead" to dead-letter at once (unreadable); a throw is retried. */
  handle: (message: ConsumeMessage) => Promise<"ack" | "dead">;
}

/**
 * Declares a queue bound to a topic exchange and consumes it with manual acks, one message at a time, again
 * after every reconnect. A quorum queue counts deliveries itself (`x-delivery-count`, which classic queues do
 * not keep): a failed message is nacked back to the queue after a delay, and past maxAttempts nacked without
 * requeue, which dead-letters it. The queue's own `x-delivery-limit` is the backstop for a message that kills
 * the process before it can be nacked (a crash loop).
 */
export class RabbitQueueConsumer {
  private channel: Channel | null = null;
  private inFlight: Promise<void> = Promise.resolve();
  private stopped = false;
  private unregister: (() => void) | null = null;

  constructor(
    private readonly connection: RabbitConnection,
    private readonly options: QueueConsumerOptions,
  ) {}

  get deadQueue(): string {
    return `${this.options.queue}.dead`;
  }

  /** Declares the queues now (so events published from here on are kept), and consumes on every connection. */
  async start(): Promise<void> {
    await new Promise<void>((resolve, reject) => {
      let first = true;
      this.unregister = this.connection.onConnect(async (model) => {
        try {
          await this.consumeOn(model);
          if (first) resolve();
        } catch (error) {
          if (first) reject(error);
          throw error;
        } finally {
          first = false;
        }
      });
    });
  }

  /** Stops taking messages and lets the one in hand finish (an unacked message goes back to the queue). */
  async stop(): Promise<void> {
    this.stopped = true;
    this.unregister?.();
    await this.inFlight;
    await this.channel?.close().catch(() => {});
    this.channel = null;
  }

  private async consumeOn(model: ChannelModel): Promise<void> {
    const { exchange, queue, bindings, maxAttempts } = this.options;
    const channel = await model.createChannel();
    channel.on("error", (error: Error) => logger.warn({ err: error, queue }, "rabbitmq: consumer channel error"));
    await channel.assertExchange(exchange, "topic", { durable: true });
    await channel.assertQueue(this.deadQueue, { durable: true });
    await channel.assertQueue(queue, {
      durable: true,
      deadLetterExchange: "",
      deadLetterRoutingKey: this.deadQueue,
      arguments: { "x-queue-type": "quorum", "x-delivery-limit": maxAttempts + 2 },
    });
    for (const key of bindings) await channel.bindQueue(queue, exchange, key);
    await channel.prefetch(this.options.prefetch ?? 10);
    this.channel = channel;
    await channel.consume(queue, (message) => {
      if (!message) return; // the broker cancelled the consumer (queue deleted); the next connect declares it again
      this.inFlight = this.inFlight.then(() => this.handleOne(channel, message));
    });
  }

  private async handleOne(channel: Channel, message: ConsumeMessage): Promise<void> {
    const attempt = Number(message.properties.headers?.["x-delivery-count"] ?? 0) + 1;
    let settle: () => void;
    try {
      const outcome = this.stopped ? "requeue" : await this.options.handle(message);
      settle = () => (outcome === "ack" ? channel.ack(message) : channel.nack(message, false, outcome === "requeue"));
    } catch (error) {
      const dead = attempt >= this.options.maxAttempts;
      logger.warn(
        { err: error, queue: this.options.queue, messageId: message.properties.messageId, attempt, dead },
        "rabbitmq: handler failed",
      );
      if (!dead) await new Promise((resolve) => setTimeout(resolve, this.options.retryDelayMs(attempt)));
      settle = () => channel.nack(message, false, !dead); // without requeue: to the dead-letter queue
    }
    try {
      settle();
    } catch {
      // The channel closed meanwhile: the broker requeues the unacked message by itself.
    }
  }
}
