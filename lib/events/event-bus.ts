import type { PrismaClient } from "@/generated/prisma/client";

import { applyEventOnce } from "./apply-event-once";
import type { EventConsumer } from "./define-event-consumer";
import { OutboxRelay, type OutboxRelayOptions, type RelayStats } from "./relay/outbox-relay";
import { readOutboxBacklog, type OutboxBacklog } from "./relay/read-outbox-backlog";
import type { EventTransport, TransportKind } from "./transports/event-transport";
import { InProcessTransport } from "./transports/in-process-transport";

export interface EventBusOptions {
  prisma: PrismaClient;
  consumers: readonly EventConsumer[];
  /** Where events go; in-process when omitted (see create-event-transport.ts for the configured choice). */
  transport?: EventTransport;
  relay?: Omit<OutboxRelayOptions, "prisma" | "transport">;
  /** Whether this process runs the relay (publishing) and the consumers; both by default. */
  publish?: boolean;
  consume?: boolean;
}

export interface EventBusStats extends RelayStats, OutboxBacklog {
  transport: TransportKind;
}

/** The relay and the consumers of one process, over one transport: started and stopped together. */
export class EventBus {
  readonly relay: OutboxRelay;
  readonly transport: EventTransport;

  constructor(private readonly options: EventBusOptions) {
    this.transport = options.transport ?? new InProcessTransport();
    this.relay = new OutboxRelay({ ...options.relay, prisma: options.prisma, transport: this.transport });
  }

  private started = false;
  private stopping = false;

  async start(): Promise<void> {
    // Consumers first, so an in-process event published at once has someone to go to.
    if (this.options.consume !== false) await this.transport.startConsumers(this.options.consumers, applyEventOnce(this.options.prisma));
    if (this.stopping) return; // stopped while a broker kept the consumers waiting
    this.started = true;
    if (this.options.publish !== false) this.relay.start();
  }

  /** This relay's counters and the outbox backlog (metrics, health). */
  async stats(): Promise<EventBusStats> {
    return { transport: this.transport.kind, ...this.relay.stats(), ...(await readOutboxBacklog(this.options.prisma)) };
  }

  /** Graceful: the relay publishes what is pending, then the transport delivers what it holds and closes. */
  async stop(timeoutMs = 10_000): Promise<void> {
    const begun = Date.now();
    this.stopping = true;
    // Flushing needs a started bus: one still waiting for its broker would only wait longer.
    await this.relay.stop({ flush: this.started && this.options.publish !== false, timeoutMs: timeoutMs / 2 });
    await this.transport.close(Math.max(100, timeoutMs - (Date.now() - begun)));
  }
}
