// The relay and consumers over the real RabbitMQ: message properties, confirms before marking, each event
// once at the broker with two relays, analytics totals through a consumer queue, and dead letters.
import amqplib, { type Channel, type ChannelModel, type Message } from "amqplib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { salesAnalyticsConsumer } from "@/lib/events/consumers/sales-analytics-consumer";
import { EventBus } from "@/lib/events/event-bus";
import { appendOutboxEvent } from "@/lib/events/outbox/append-outbox-event";
import { OutboxRelay } from "@/lib/events/relay/outbox-relay";
import { RabbitTransport } from "@/lib/events/transports/rabbitmq-transport";
import { amqpTestNames, TEST_AMQP_URL } from "@/tests/support/test-amqp";

import { appendPaidEvents, dailySales, paidPayload, refundedPayload, useEventDatabase, waitFor } from "./support/event-database";
import { failingConsumer } from "./support/failing-consumer";

async function takeAll(channel: Channel, queue: string): Promise<Message[]> {
  const taken: Message[] = [];
  for (let message = await channel.get(queue, { noAck: true }); message; message = await channel.get(queue, { noAck: true }))
    taken.push(message);
  return taken;
}

describe("RabbitMQ transport", () => {
  const prisma = useEventDatabase("postgres");
  const names = amqpTestNames();
  let broker: ChannelModel;
  const transports: RabbitTransport[] = [];

  const open = async (options: { maxAttempts?: number } = {}) => {
    const transport = await RabbitTransport.open({
      url: TEST_AMQP_URL,
      exchange: names.exchange,
      queuePrefix: names.prefix,
      retryBaseMs: 10,
      ...options,
    });
    transports.push(transport);
    return transport;
  };

  /** A plain queue of the test's own bound to every event, to look at what reached the broker. */
  const tapQueue = async (name: string) => {
    const channel = await broker.createChannel();
    const queue = names.queue(name);
    await channel.assertExchange(names.exchange, "topic", { durable: true });
    await channel.assertQueue(queue, { durable: true });
    await channel.bindQueue(queue, names.exchange, "#");
    return { channel, queue };
  };

  beforeAll(async () => {
    broker = await amqplib.connect(TEST_AMQP_URL);
  });
  afterAll(async () => {
    await Promise.all(transports.map((t) => t.close().catch(() => {})));
    await names.cleanup();
    await broker.close();
  });

  it("publishes persistent messages with the event's id, type and version, confirmed before the rows are marked", async () => {
    await prisma().outboxEvent.deleteMany();
    const { channel, queue } = await tapQueue("tap-properties");
    const ids = await appendPaidEvents(prisma(), 30);
    const relay = new OutboxRelay({ prisma: prisma(), transport: await open(), batchSize: 7 });
    expect(await relay.drain()).toBe(30);
    // drain() resolved only after the confirms, so every message is already in the queue.
    expect((await channel.checkQueue(queue)).messageCount).toBe(30);
    const received = await takeAll(channel, queue);
    expect(received.map((m) => m.properties.messageId)).toEqual(ids);
    const first = received[0]!;
    expect(first.properties).toMatchObject({
      deliveryMode: 2,
      type: "order.paid",
      contentType: "application/json",
      headers: { version: 1 },
    });
    expect(first.fields.routingKey).toBe("order.paid");
    expect(JSON.parse(first.content.toString())).toMatchObject({ id: ids[0], type: "order.paid", version: 1 });
    await channel.close();
  });

  it("two relays on one database put each event on the broker exactly once", async () => {
    await prisma().outboxEvent.deleteMany();
    const { channel, queue } = await tapQueue("tap-two-relays");
    const ids = await appendPaidEvents(prisma(), 300);
    const [a, b] = [await open(), await open()];
    await Promise.all([a, b].map((transport) => new OutboxRelay({ prisma: prisma(), transport, batchSize: 25 }).drain()));
    expect((await channel.checkQueue(queue)).messageCount).toBe(300);
    expect(new Set((await takeAll(channel, queue)).map((m) => m.properties.messageId as string))).toEqual(new Set(ids));
    await channel.close();
  });

  it("delivers to the analytics consumer's own queue and keeps DailySales exact, duplicates ignored", async () => {
    await prisma().outboxEvent.deleteMany();
    await prisma().dailySales.deleteMany();
    names.queue("sales-analytics");
    const transport = await open();
    const bus = new EventBus({ prisma: prisma(), consumers: [salesAnalyticsConsumer], transport, relay: { pollMs: 50 } });
    await bus.start();
    const paid = [paidPayload({ lines: 2, price: "7.50", total: "15.00" }), paidPayload({ lines: 1, price: "2.25", total: "2.25" })];
    const refund = refundedPayload("2.25");
    await prisma().$transaction(async (tx) => {
      for (const p of paid) await appendOutboxEvent(tx, "order.paid", p.order_id, p);
      await appendOutboxEvent(tx, "order.refunded", refund.order_id, refund);
      await appendOutboxEvent(tx, "order.expired", "ignored", { order_id: "ignored", user_id: null, currency: "USD", total: "1.00" });
    });
    bus.relay.nudge();
    await waitFor(
      () => prisma().consumedEvent.count(),
      (n) => n === 3,
    );
    // The same events again, as a relay that died before marking would send them.
    const rows = await prisma().outboxEvent.findMany({ where: { type: { not: "order.expired" } } });
    await prisma().outboxEvent.updateMany({ data: { publishedAt: null } });
    bus.relay.nudge();
    await waitFor(
      () => prisma().outboxEvent.count({ where: { publishedAt: null } }),
      (n) => n === 0,
    );
    await new Promise((resolve) => setTimeout(resolve, 300));
    await bus.stop();
    expect(rows).toHaveLength(3);
    expect(await prisma().consumedEvent.count()).toBe(3);
    expect(await dailySales(prisma())).toEqual([{ currency: "USD", orders: 2, units: 3, revenue: "17.25", refunds: "2.25" }]);
  });

  it("retries a consumer that throws, then moves the message to its dead-letter queue", async () => {
    await prisma().outboxEvent.deleteMany();
    const broken = failingConsumer("broken", "order.failed");
    const queue = names.queue("broken");
    const bus = new EventBus({
      prisma: prisma(),
      consumers: [broken.consumer],
      transport: await open({ maxAttempts: 3 }),
      relay: { pollMs: 50 },
    });
    await bus.start();
    const id = await prisma().$transaction((tx) =>
      appendOutboxEvent(tx, "order.failed", "o-1", {
        order_id: "o-1",
        user_id: null,
        currency: "GBP",
        total: "3.00",
        reason: "card_declined",
      }),
    );
    bus.relay.nudge();
    const channel = await broker.createChannel();
    const dead = await waitFor(
      () => channel.checkQueue(`${queue}.dead`),
      (q) => q.messageCount === 1,
    );
    expect(dead.messageCount).toBe(1);
    expect(broken.calls()).toBe(3);
    expect((await channel.checkQueue(queue)).messageCount).toBe(0);
    const message = await channel.get(`${queue}.dead`, { noAck: true });
    expect(message && message.properties.messageId).toBe(id);
    expect(await prisma().consumedEvent.count({ where: { eventId: id } })).toBe(0);
    await channel.close();
    await bus.stop();
  });
});
