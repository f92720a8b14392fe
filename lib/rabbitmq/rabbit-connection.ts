// One AMQP connection per process role, through amqplib (the maintained, typed client; 2.x reconnects by
// itself: exponential backoff with jitter, channel calls wait for the next connection). Channels die with
// their connection, so whoever needs a long-lived channel registers onConnect and makes it again each time.
import amqplib, { type ChannelModel, type ConfirmChannel, type RecoveringChannelModel } from "amqplib";

import { logger } from "@/lib/log/logger";

export type ConnectHook = (model: ChannelModel) => Promise<void>;

export class RabbitConnection {
  private current: ChannelModel | null = null;
  private readonly hooks = new Set<ConnectHook>();

  private constructor(
    private readonly model: RecoveringChannelModel,
    readonly name: string,
  ) {
    model.on("connect", (connected: ChannelModel) => {
      this.current = connected;
      for (const hook of this.hooks) void this.runHook(hook, connected);
    });
    model.on("disconnect", (error: Error) => {
      this.current = null;
      logger.warn({ err: error, connection: name }, "rabbitmq: connection lost; reconnecting");
    });
    model.on("error", (error: Error) => logger.warn({ err: error, connection: name }, "rabbitmq: connection error"));
    model.on("handler-error", (error: Error, event: string) => logger.error({ err: error, event }, "rabbitmq: listener threw"));
  }

  /** Connects in the background (calls wait for it); `initialMaxRetries` bounds only the very first attempt. */
  static async open(url: string, name: string, options: { initialMaxRetries?: number } = {}): Promise<RabbitConnection> {
    const model = await amqplib.connect(url, {
      clientProperties: { connection_name: `questlog:${name}` },
      recovery: { initialDelay: 200, maxDelay: 5_000, waitForConnect: false, initialMaxRetries: options.initialMaxRetries },
    });
    return new RabbitConnection(model, name);
  }

  get connected(): boolean {
    return this.current !== null;
  }

  /** Resolves once connected the first time (rejects when initialMaxRetries ran out). */
  async ready(): Promise<void> {
    await this.model.waitForConnect();
  }

  createConfirmChannel(): Promise<ConfirmChannel> {
    return this.model.createConfirmChannel();
  }

  /** Runs hook now if connected, and after every reconnect (declare topology, start consumers). */
  onConnect(hook: ConnectHook): () => void {
    this.hooks.add(hook);
    if (this.current) void this.runHook(hook, this.current);
    return () => this.hooks.delete(hook);
  }

  async close(): Promise<void> {
    this.hooks.clear();
    await this.model.close();
  }

  private async runHook(hook: ConnectHook, model: ChannelModel): Promise<void> {
    try {
      await hook(model);
    } catch (error) {
      // The connection is fine but the hook is not (a queue declared with other arguments, say): say so loudly;
      // the next reconnect runs it again.
      logger.error({ err: error, connection: this.name }, "rabbitmq: setup after connect failed");
    }
  }
}
