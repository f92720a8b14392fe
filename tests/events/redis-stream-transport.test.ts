// The relay and consumers over a real Redis Stream: what the stream holds, a consumer group per consumer,
// analytics totals with redeliveries ignored, retries through XAUTOCLAIM, and dead letters.
import { randomBytes } from "node:crypto";

import { Redis } from "ioredis";
import { afterAll, describe, expect, it } from "vitest";

import { salesAnalyticsConsumer } from "@/lib/events/consumers/sales-analytics-consumer";
import { EventBus } from "@/lib/events/event-bus";
import { appendOutboxEvent } from "@/lib/events/outbox/append-outbox-event";
import { OutboxRelay } from "@/lib/events/relay/outbox-relay";
import { RedisStreamTransport } from "@/lib/events/transports/redis-stream-transport";
import { TEST_REDIS_URL } from "@/tests/support/test-redis";

import { appendPaidEvents, dailySales, paidPayload, refundedPayload, useEventDatabase, waitFor } from "./support/event-database";
import { failingConsumer } from "./support/failing-consumer";

describe("Redis Stream transport", () => {
  const prisma = useEventDatabase("postgres");
  const stream = `qltest:${randomBytes(5).toString("hex")}:events`;
  const redis = new Redis(TEST_REDIS_URL);
  const open = (options: { maxAttempts?: number } = {}) =>
    new RedisStreamTransport({ url: TEST_REDIS_URL, stream, claimIdleMs: 50, blockMs: 100, ...options });

  afterAll(async () => {
    const keys = await redis.keys(`${stream}*`);
    if (keys.length > 0) await redis.del(...keys);
    redis.disconnect();
  });

  it("XADDs each event once with its id, type and envelope, even from two relays at once", async () => {
    const ids = await appendPaidEvents(prisma(), 120);
    const [a, b] = [open(), open()];
    await Promise.all([a, b].map((transport) => new OutboxRelay({ prisma: prisma(), transport, batchSize: 15 }).drain()));
    await Promise.all([a.close(), b.close()]);
    const entries = (await redis.xrange(stream, "-", "+")) as Array<[string, string[]]>;
    const fields = entries.map(([, flat]) =>
      Object.fromEntries(Array.from({ length: flat.length / 2 }, (_, i) => [flat[2 * i], flat[2 * i + 1]])),
    );
    expect(fields).toHaveLength(120);
    expect(new Set(fields.map((f) => f.id))).toEqual(new Set(ids));
    expect(fields[0]).toMatchObject({ type: "order.paid" });
    expect(JSON.parse(fields[0]!.event!)).toMatchObject({ id: fields[0]!.id, type: "order.paid", version: 1 });
    await redis.del(stream);
  });

  it("delivers through the consumer's group and keeps DailySales exact when events are published twice", async () => {
    await prisma().outboxEvent.deleteMany();
    const bus = new EventBus({ prisma: prisma(), consumers: [salesAnalyticsConsumer], transport: open(), relay: { pollMs: 50 } });
    await bus.start();
    try {
      const paid = paidPayload({ lines: 3, price: "3.33", total: "9.99", currency: "EUR" });
      const refund = refundedPayload("3.33", "EUR");
      await prisma().$transaction(async (tx) => {
        await appendOutboxEvent(tx, "order.paid", paid.order_id, paid);
        await appendOutboxEvent(tx, "order.refunded", refund.order_id, refund);
      });
      bus.relay.nudge();
      await waitFor(
        () => prisma().consumedEvent.count(),
        (n) => n === 2,
      );
      await prisma().outboxEvent.updateMany({ data: { publishedAt: null } }); // as if the relay died before marking
      bus.relay.nudge();
      await waitFor(
        () => redis.xlen(stream),
        (n) => n === 4,
      );
      await waitFor(
        async () => ((await redis.xpending(stream, "sales-analytics")) as [number])[0],
        (n) => n === 0,
      );
      expect(await redis.xlen(stream)).toBe(4);
      expect(await prisma().consumedEvent.count()).toBe(2);
      expect(await dailySales(prisma())).toEqual([{ currency: "EUR", orders: 1, units: 3, revenue: "9.99", refunds: "3.33" }]);
    } finally {
      await bus.stop();
    }
  });

  it("redelivers a failed entry after it idles, then dead-letters it past the attempts", async () => {
    await prisma().outboxEvent.deleteMany();
    const broken = failingConsumer("broken", "order.placed");
    const transport = open({ maxAttempts: 3 });
    const bus = new EventBus({ prisma: prisma(), consumers: [broken.consumer], transport, relay: { pollMs: 50 } });
    await bus.start();
    try {
      const placed = paidPayload(); // order.placed has the same facts minus paid_at, which its schema strips
      const id = await prisma().$transaction((tx) => appendOutboxEvent(tx, "order.placed", placed.order_id, placed));
      bus.relay.nudge();
      await waitFor(
        () => redis.xlen(transport.deadKey("broken")),
        (n) => n === 1,
      );
      expect(broken.calls()).toBe(3);
      const [dead] = (await redis.xrange(transport.deadKey("broken"), "-", "+")) as Array<[string, string[]]>;
      const flat = dead?.[1];
      expect(flat).toEqual(expect.arrayContaining(["id", id, "reason", `cannot handle ${id}`]));
      expect(((await redis.xpending(stream, "broken")) as [number])[0]).toBe(0);
    } finally {
      await bus.stop();
    }
  });
});
