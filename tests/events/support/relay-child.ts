// A relay in a process of its own, for the kill test: publishes the outbox of a PostgreSQL database to RabbitMQ
// and, once the broker has confirmed its first batch, tells the parent ({confirmed: n}) and stalls before
// marking the rows, so the parent can SIGKILL it in exactly the window at-least-once delivery is about.
import { openPostgres } from "@/lib/accounts-db/postgres-backend";
import { OutboxRelay } from "@/lib/events/relay/outbox-relay";
import type { StoreEventEnvelope } from "@/lib/events/store-events";
import type { EventTransport } from "@/lib/events/transports/event-transport";
import { RabbitTransport } from "@/lib/events/transports/rabbitmq-transport";

export interface RelayChildConfig {
  databaseUrl: string;
  amqpUrl: string;
  exchange: string;
  batchSize: number;
  stallMs: number;
}

// The configuration comes as one JSON argument (not the environment, which only lib/env.ts reads).
const config = JSON.parse(process.argv[2]!) as RelayChildConfig;
const backend = openPostgres(config.databaseUrl);
const rabbit = await RabbitTransport.open({ url: config.amqpUrl, exchange: config.exchange });
const stallMs = config.stallMs;

const transport: EventTransport = {
  kind: rabbit.kind,
  startConsumers: () => Promise.resolve(),
  close: () => rabbit.close(),
  async publish(events: readonly StoreEventEnvelope[]) {
    await rabbit.publish(events);
    process.send?.({ confirmed: events.length });
    await new Promise((resolve) => setTimeout(resolve, stallMs));
  },
};

const relay = new OutboxRelay({
  prisma: backend.prisma,
  transport,
  batchSize: config.batchSize,
  publishTimeoutMs: stallMs + 10_000,
});
process.send?.({ ready: true });
await relay.drain();
process.send?.({ drained: true });
await rabbit.close();
await backend.close();
