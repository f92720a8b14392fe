// Kill -9 of a relay after RabbitMQ confirmed a batch and before the rows were marked: the batch is still
// unpublished in the outbox, a new relay publishes it again, the consumer receives it twice and applies each
// event once (ConsumedEvent and DailySales exact). Nothing is lost, nothing is applied twice.
import { spawn } from "node:child_process";
import path from "node:path";

import amqplib from "amqplib";
import { afterAll, describe, expect, it } from "vitest";

import { salesAnalyticsConsumer } from "@/lib/events/consumers/sales-analytics-consumer";
import { EventBus } from "@/lib/events/event-bus";
import { OutboxRelay } from "@/lib/events/relay/outbox-relay";
import { RabbitTransport } from "@/lib/events/transports/rabbitmq-transport";
import { amqpTestNames, TEST_AMQP_URL } from "@/tests/support/test-amqp";
import { TEST_DATABASE_URL } from "@/tests/support/test-postgres";

import { appendPaidEvents, dailySales, paidPayload, useEventDatabase, waitFor } from "./support/event-database";
import type { RelayChildConfig } from "./support/relay-child";

const root = path.resolve(import.meta.dirname, "../..");

describe("a relay killed mid-publish", () => {
  const prisma = useEventDatabase("postgres");
  const names = amqpTestNames();
  afterAll(() => names.cleanup());

  it("loses nothing and applies nothing twice", async () => {
    // The child needs the URL of the database useEventDatabase made; it is the one Prisma is connected to.
    const [row] = await prisma().$queryRaw<Array<{ db: string }>>`SELECT current_database() AS db`;
    const url = new URL(TEST_DATABASE_URL);
    url.pathname = `/${row!.db}`;

    const events = 200;
    await appendPaidEvents(prisma(), events, () => paidPayload({ lines: 2, price: "1.25", total: "2.50" }));

    // The consumer's queue exists before anything is published (as in production: consumers start with the app).
    names.queue("sales-analytics");
    const consumerSide = new EventBus({
      prisma: prisma(),
      consumers: [salesAnalyticsConsumer],
      transport: await RabbitTransport.open({ url: TEST_AMQP_URL, exchange: names.exchange, queuePrefix: names.prefix }),
      publish: false,
    });
    await consumerSide.start();
    // A tap bound to everything counts what reached the broker, duplicates included.
    const broker = await amqplib.connect(TEST_AMQP_URL);
    const tap = await broker.createChannel();
    const tapQueue = names.queue("tap");
    await tap.assertQueue(tapQueue, { durable: true });
    await tap.bindQueue(tapQueue, names.exchange, "#");

    const config: RelayChildConfig = {
      databaseUrl: url.toString(),
      amqpUrl: TEST_AMQP_URL,
      exchange: names.exchange,
      batchSize: 50,
      stallMs: 60_000,
    };
    const args = ["--conditions=react-server", "--import", "tsx", "tests/events/support/relay-child.ts", JSON.stringify(config)];
    const child = spawn(process.execPath, args, {
      cwd: root,
      stdio: ["ignore", "ignore", "pipe", "ipc"],
    });
    let stderr = "";
    child.stderr!.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
    const exited = new Promise<string | number>((resolve) => child.once("exit", (code, signal) => resolve(signal ?? code ?? -1)));
    const confirmed = await new Promise<number>((resolve, reject) => {
      child.on("message", (message: { confirmed?: number }) => message.confirmed && resolve(message.confirmed));
      void exited.then((code) => reject(new Error(`relay child exited (${code}) before publishing:\n${stderr}`)));
    });
    child.kill("SIGKILL");
    expect(await exited).toBe("SIGKILL");

    // The broker has the first batch; the outbox still has every row unpublished (the claim transaction died).
    expect(confirmed).toBe(50);
    expect(await prisma().outboxEvent.count({ where: { publishedAt: null } })).toBe(events);

    // A relay started after the crash publishes everything, the killed batch again.
    const restarted = await RabbitTransport.open({ url: TEST_AMQP_URL, exchange: names.exchange });
    const relay = new OutboxRelay({ prisma: prisma(), transport: restarted, batchSize: 50 });
    expect(await relay.drain()).toBe(events);
    await waitFor(
      () => tap.checkQueue(tapQueue).then((q) => q.messageCount),
      (n) => n === events + 50,
    );
    expect((await tap.checkQueue(tapQueue)).messageCount).toBe(events + 50);

    await waitFor(
      () => prisma().consumedEvent.count(),
      (n) => n === events,
    );
    // Let the duplicates of the killed batch reach the consumer too, then stop it: a message it still held
    // unacked would go back to the queue, so an empty queue after the stop means all 250 were handled and acked.
    const consumerQueue = `${names.prefix}sales-analytics`;
    await waitFor(
      async () => (await tap.checkQueue(consumerQueue)).messageCount,
      (n) => n === 0,
    );
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    await consumerSide.stop();
    expect((await tap.checkQueue(consumerQueue)).messageCount).toBe(0);
    await restarted.close();
    await broker.close();

    expect(await prisma().consumedEvent.count()).toBe(events);
    expect(await dailySales(prisma())).toEqual([
      { currency: "USD", orders: events, units: 2 * events, revenue: "500.00", refunds: "0.00" },
    ]);
  });
});
