// Attack and drift tests for the bus as a boundary: whoever can publish to the exchange or the stream (another
// service, an old version, an attacker with broker credentials) must not get a malformed event into a
// handler. Unreadable messages are dead-lettered at once, without a single handler call or database write.
import { randomBytes } from "node:crypto";

import amqplib from "amqplib";
import { Redis } from "ioredis";
import { afterAll, describe, expect, it } from "vitest";

import { EventBus } from "@/lib/events/event-bus";
import { parseStoreEvent } from "@/lib/events/parse-store-event";
import { RabbitTransport } from "@/lib/events/transports/rabbitmq-transport";
import { RedisStreamTransport } from "@/lib/events/transports/redis-stream-transport";
import { amqpTestNames, TEST_AMQP_URL } from "@/tests/support/test-amqp";
import { TEST_REDIS_URL } from "@/tests/support/test-redis";

import { paidPayload, useEventDatabase, waitFor } from "./support/event-database";
import { failingConsumer } from "./support/failing-consumer";

const valid = () => ({
  id: "01938f7e-6a2b-7c3d-9e4f-0a1b2c3d4e5f",
  type: "order.paid",
  version: 1,
  aggregate_id: "order-1",
  occurred_at: "2026-12-07T10:15:30.123Z",
  data: paidPayload(),
});

/** Bodies no consumer may see: each is wrong in one way. */
const MALFORMED: Array<[string, string]> = [
  ["not JSON", "{order.paid"],
  ["an amount as a JS number", JSON.stringify({ ...valid(), data: { ...valid().data, total: 12.99 } })],
  ["an unknown type", JSON.stringify({ ...valid(), type: "order.shipped" })],
  ["an id that is not a UUID", JSON.stringify({ ...valid(), id: '\'; DROP TABLE "ConsumedEvent"; --' })],
  ["no payload", JSON.stringify({ ...valid(), data: undefined })],
  ["a prototype-pollution key", `{"__proto__":{"polluted":1},${JSON.stringify(valid()).slice(1)}`],
];

describe("parseStoreEvent", () => {
  it("accepts a well-formed envelope", () => {
    expect(parseStoreEvent(JSON.stringify(valid()))).toMatchObject({ type: "order.paid", data: { currency: "USD" } });
  });

  it.each(MALFORMED.filter(([name]) => name !== "a prototype-pollution key"))("refuses %s", (_, body) => {
    expect(() => parseStoreEvent(body)).toThrow();
  });

  it("does not let __proto__ in a message reach Object.prototype", () => {
    parseStoreEvent(MALFORMED.at(-1)![1]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe("malformed messages on the brokers", () => {
  const prisma = useEventDatabase("postgres");
  const names = amqpTestNames();
  const stream = `qltest:${randomBytes(5).toString("hex")}:events`;
  const redis = new Redis(TEST_REDIS_URL);
  afterAll(async () => {
    await names.cleanup();
    const keys = await redis.keys(`${stream}*`);
    if (keys.length > 0) await redis.del(...keys);
    redis.disconnect();
  });
  const rejected = MALFORMED.slice(0, -1); // the __proto__ body is a valid event: it is handled, harmlessly

  it("RabbitMQ: dead-letters each unreadable message at once, never calling the handler", async () => {
    const spy = failingConsumer("spy", "order.paid", 0);
    const queue = names.queue("spy");
    const transport = await RabbitTransport.open({ url: TEST_AMQP_URL, exchange: names.exchange, queuePrefix: names.prefix });
    const bus = new EventBus({ prisma: prisma(), consumers: [spy.consumer], transport, publish: false });
    await bus.start();
    const connection = await amqplib.connect(TEST_AMQP_URL);
    const channel = await connection.createConfirmChannel();
    for (const [, body] of rejected) channel.publish(names.exchange, "order.paid", Buffer.from(body), { persistent: true });
    await channel.waitForConfirms();
    const dead = await waitFor(
      () => channel.checkQueue(`${queue}.dead`),
      (q) => q.messageCount === rejected.length,
    );
    expect(dead.messageCount).toBe(rejected.length);
    expect(spy.calls()).toBe(0);
    expect(await prisma().consumedEvent.count()).toBe(0);
    await connection.close();
    await bus.stop();
  });

  it("Redis Stream: dead-letters each unreadable entry at once, never calling the handler", async () => {
    const spy = failingConsumer("spy", "order.paid", 0);
    const transport = new RedisStreamTransport({ url: TEST_REDIS_URL, stream, blockMs: 100 });
    const bus = new EventBus({ prisma: prisma(), consumers: [spy.consumer], transport, publish: false });
    await bus.start();
    for (const [, body] of rejected) await redis.xadd(stream, "*", "id", "x", "type", "order.paid", "event", body);
    await redis.xadd(stream, "*", "unexpected", "fields only");
    await waitFor(
      () => redis.xlen(transport.deadKey("spy")),
      (n) => n === rejected.length + 1,
    );
    expect(await redis.xlen(transport.deadKey("spy"))).toBe(rejected.length + 1);
    expect(spy.calls()).toBe(0);
    expect(((await redis.xpending(stream, "spy")) as [number])[0]).toBe(0);
    await bus.stop();
  });
});
