import type { ConfirmChannel, Options } from "amqplib";

import type { RabbitConnection } from "./rabbit-connection";

export interface OutgoingMessage {
  routingKey: string;
  body: Buffer;
  options: Options.Publish;
}

/**
 * Publishes to one exchange over a confirm channel and resolves only when the broker has confirmed every
 * message (for persistent messages to durable queues: written to disk), so a caller may mark them sent.
 * A nack, a closed channel or a lost connection rejects, and the caller sends the whole batch again.
 */
export class RabbitPublisher {
  private channel: Promise<ConfirmChannel> | null = null;

  constructor(
    private readonly connection: RabbitConnection,
    readonly exchange: string,
  ) {}

  async publish(messages: readonly OutgoingMessage[]): Promise<void> {
    if (messages.length === 0) return;
    const channel = await this.openChannel();
    for (const message of messages) {
      // false: the channel's write buffer is full; wait for it to drain before writing more.
      if (!channel.publish(this.exchange, message.routingKey, message.body, message.options)) {
        await new Promise((resolve) => channel.once("drain", resolve));
      }
    }
    await channel.waitForConfirms();
  }

  async close(): Promise<void> {
    const channel = await this.channel?.catch(() => null);
    this.channel = null;
    await channel?.close().catch(() => {});
  }

  private openChannel(): Promise<ConfirmChannel> {
    this.channel ??= this.connection.createConfirmChannel().then(async (channel) => {
      const forget = () => {
        if (this.channel === opened) this.channel = null;
      };
      channel.on("close", forget);
      channel.on("error", forget);
      // Declared on each new channel: cheap, and the exchange exists even if an operator deleted it.
      await channel.assertExchange(this.exchange, "topic", { durable: true });
      return channel;
    });
    const opened = this.channel;
    opened.catch(() => {
      if (this.channel === opened) this.channel = null;
    });
    return opened;
  }
}
