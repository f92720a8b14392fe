// The in-process path end to end (PGlite, as a zero-config install runs it, and PostgreSQL): relay → consumers,
// the analytics totals, dedupe by event id, and a failing consumer retried then dead-lettered.
import { describe, expect, it } from "vitest";

import { applyEventOnce } from "@/lib/events/apply-event-once";
import { salesAnalyticsConsumer } from "@/lib/events/consumers/sales-analytics-consumer";
import { EventBus } from "@/lib/events/event-bus";
import { appendOutboxEvent } from "@/lib/events/outbox/append-outbox-event";
import type { StoreEventEnvelope } from "@/lib/events/store-events";
import { InProcessTransport } from "@/lib/events/transports/in-process-transport";
import { BACKENDS } from "@/tests/accounts-db/support/test-database";

import { dailySales, paidPayload, refundedPayload, useEventDatabase, waitFor } from "./support/event-database";
import { failingConsumer } from "./support/failing-consumer";

describe.each(BACKENDS)("in-process event bus on %s", (kind) => {
  const prisma = useEventDatabase(kind);

  it("keeps DailySales from paid and refunded events, per currency, and applies each event once", async () => {
    const bus = new EventBus({ prisma: prisma(), consumers: [salesAnalyticsConsumer], relay: { pollMs: 50 } });
    await bus.start();
    try {
      await prisma().$transaction(async (tx) => {
        const a = paidPayload({ lines: 2, price: "19.99", total: "39.98" });
        const b = paidPayload({ lines: 1, price: "0.10", total: "0.10" });
        const c = paidPayload({ lines: 3, price: "1500.00", total: "4500.00", currency: "JPY" });
        await appendOutboxEvent(tx, "order.paid", a.order_id, a);
        await appendOutboxEvent(tx, "order.paid", b.order_id, b);
        await appendOutboxEvent(tx, "order.paid", c.order_id, c);
        const refund = refundedPayload("19.99");
        await appendOutboxEvent(tx, "order.refunded", refund.order_id, refund);
      });
      bus.relay.nudge();
      const consumed = await waitFor(
        () => prisma().consumedEvent.count({ where: { consumer: "sales-analytics" } }),
        (n) => n === 4,
      );
      expect(consumed).toBe(4);
      expect(await dailySales(prisma())).toEqual([
        { currency: "JPY", orders: 1, units: 3, revenue: "4500.00", refunds: "0.00" },
        { currency: "USD", orders: 2, units: 3, revenue: "40.08", refunds: "19.99" },
      ]);

      // Redelivery of everything already applied (a relay that crashed before marking): nothing changes.
      const rows = await prisma().outboxEvent.findMany({ orderBy: { createdAt: "asc" } });
      const envelopes = rows.map((r) => ({
        id: r.id,
        type: r.type,
        version: r.version,
        aggregate_id: r.aggregateId,
        occurred_at: r.createdAt.toISOString(),
        data: r.payload,
      })) as StoreEventEnvelope[];
      const apply = applyEventOnce(prisma());
      const outcomes = await Promise.all(envelopes.map((e) => apply(salesAnalyticsConsumer, e)));
      expect(outcomes).toEqual(["duplicate", "duplicate", "duplicate", "duplicate"]);
      await bus.transport.publish(envelopes);
      await bus.stop();
      expect(await dailySales(prisma())).toEqual([
        { currency: "JPY", orders: 1, units: 3, revenue: "4500.00", refunds: "0.00" },
        { currency: "USD", orders: 2, units: 3, revenue: "40.08", refunds: "19.99" },
      ]);
    } finally {
      await bus.stop();
    }
  });

  it("retries a consumer that throws, rolls back its writes each time, then dead-letters the event", async () => {
    const flaky = failingConsumer("always-fails", "order.expired");
    const recovers = failingConsumer("fails-twice", "order.expired", 2);
    const transport = new InProcessTransport({ maxAttempts: 4, retryBaseMs: 5 });
    const bus = new EventBus({ prisma: prisma(), consumers: [flaky.consumer, recovers.consumer], transport, relay: { pollMs: 50 } });
    await bus.start();
    try {
      const data = { order_id: "order-1", user_id: null, currency: "EUR", total: "5.00" };
      const id = await prisma().$transaction((tx) => appendOutboxEvent(tx, "order.expired", "order-1", data));
      bus.relay.nudge();
      await waitFor(
        async () => transport.dead.length,
        (n) => n === 1,
      );
      expect(flaky.calls()).toBe(4);
      expect(transport.dead).toEqual([
        expect.objectContaining({ consumer: "always-fails", eventId: id, type: "order.expired", reason: `cannot handle ${id}` }),
      ]);
      await waitFor(
        () => prisma().consumedEvent.count({ where: { eventId: id } }),
        (n) => n === 1,
      );
      expect(recovers.calls()).toBe(3);
      expect(await prisma().consumedEvent.findMany({ where: { eventId: id }, select: { consumer: true } })).toEqual([
        { consumer: "fails-twice" },
      ]);
    } finally {
      await bus.stop();
    }
  });
});

describe("applyEventOnce under concurrency (PostgreSQL)", () => {
  const prisma = useEventDatabase("postgres");

  it("applies 20 simultaneous deliveries of one event once", async () => {
    const data = paidPayload({ lines: 2, price: "5.00", total: "10.00" });
    const event: StoreEventEnvelope = {
      id: "01900000-0000-7000-8000-000000000001",
      type: "order.paid",
      version: 1,
      aggregate_id: data.order_id,
      occurred_at: "2026-12-01T23:59:59.000Z",
      data,
    };
    const apply = applyEventOnce(prisma());
    const outcomes = await Promise.all(Array.from({ length: 20 }, () => apply(salesAnalyticsConsumer, event)));
    expect(outcomes.filter((o) => o === "applied")).toHaveLength(1);
    expect(outcomes.filter((o) => o === "duplicate")).toHaveLength(19);
    const [row] = await prisma().dailySales.findMany();
    expect(row?.day.toISOString().slice(0, 10)).toBe("2026-12-01");
    expect(await dailySales(prisma())).toEqual([{ currency: "USD", orders: 1, units: 2, revenue: "10.00", refunds: "0.00" }]);
  });
});
