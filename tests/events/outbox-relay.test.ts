// The relay against real PostgreSQL and PGlite: what is published (only committed rows, oldest first, each
// once even with two relays), what is marked, and what a failed publish leaves behind.
import { describe, expect, it } from "vitest";

import { appendOutboxEvent } from "@/lib/events/outbox/append-outbox-event";
import { OutboxRelay } from "@/lib/events/relay/outbox-relay";
import { readOutboxBacklog } from "@/lib/events/relay/read-outbox-backlog";
import { BACKENDS } from "@/tests/accounts-db/support/test-database";

import { appendPaidEvents, paidPayload, useEventDatabase, waitFor } from "./support/event-database";
import { RecordingTransport } from "./support/recording-transport";

describe.each(BACKENDS)("OutboxRelay on %s", (kind) => {
  const prisma = useEventDatabase(kind);

  const reset = () => prisma().outboxEvent.deleteMany();

  it("never publishes an event whose transaction rolled back", async () => {
    await reset();
    const data = paidPayload();
    await expect(
      prisma().$transaction(async (tx) => {
        await appendOutboxEvent(tx, "order.paid", data.order_id, data);
        throw new Error("the state change failed");
      }),
    ).rejects.toThrow("the state change failed");
    const [committed] = await appendPaidEvents(prisma(), 1);
    const transport = new RecordingTransport();
    const relay = new OutboxRelay({ prisma: prisma(), transport });
    expect(await relay.drain()).toBe(1);
    expect(transport.published.map((e) => e.id)).toEqual([committed]);
    expect(await prisma().outboxEvent.count()).toBe(1);
  });

  it("publishes oldest first across batches, as the envelope integrators read, and marks each row", async () => {
    await reset();
    const ids = await appendPaidEvents(prisma(), 25);
    const transport = new RecordingTransport();
    const relay = new OutboxRelay({ prisma: prisma(), transport, batchSize: 10 });
    expect(await relay.drain()).toBe(25);
    expect(transport.published.map((e) => e.id)).toEqual(ids);
    const first = transport.published[0]!;
    expect(first).toMatchObject({ type: "order.paid", version: 1, id: ids[0] });
    expect(first.aggregate_id).toBe((first.data as { order_id: string }).order_id);
    expect(new Date(first.occurred_at).toISOString()).toBe(first.occurred_at);
    const rows = await prisma().outboxEvent.findMany();
    expect(rows.every((r) => r.publishedAt !== null && r.attempts === 1 && r.lastError === null)).toBe(true);
    expect(await relay.drain()).toBe(0);
  });

  it("records a failed publish on the rows (attempts, lastError), publishes nothing, and succeeds on the next try", async () => {
    await reset();
    const ids = await appendPaidEvents(prisma(), 3);
    const transport = new RecordingTransport();
    transport.failNext = 1;
    const relay = new OutboxRelay({ prisma: prisma(), transport });
    await expect(relay.drain()).rejects.toThrow("broker unavailable");
    const failed = await prisma().outboxEvent.findMany();
    expect(failed.map((r) => [r.attempts, r.lastError, r.publishedAt])).toEqual(ids.map(() => [1, "broker unavailable", null]));
    expect(await relay.drain()).toBe(3);
    expect(transport.published.map((e) => e.id)).toEqual(ids);
  });

  it("publishes soon after a nudge, and backs off while the transport fails", async () => {
    await reset();
    const transport = new RecordingTransport();
    const relay = new OutboxRelay({ prisma: prisma(), transport, pollMs: 60_000, backoffMs: 50 });
    relay.start();
    try {
      await new Promise((resolve) => setTimeout(resolve, 50)); // the first look found nothing; next poll in a minute
      const started = Date.now();
      await appendPaidEvents(prisma(), 1);
      relay.nudge();
      await waitFor(
        async () => transport.published.length,
        (n) => n === 1,
        5_000,
      );
      expect(transport.published).toHaveLength(1);
      expect(Date.now() - started).toBeLessThan(2_000);

      transport.failNext = 3;
      await appendPaidEvents(prisma(), 1);
      relay.nudge();
      await waitFor(
        async () => transport.published.length,
        (n) => n === 2,
        5_000,
      );
      expect(transport.published).toHaveLength(2);
      expect(relay.stats()).toMatchObject({ failures: 3, consecutiveFailures: 0, lastError: "broker unavailable" });
    } finally {
      await relay.stop();
    }
  });

  it("reports the backlog: how many events wait and how old the oldest is (the outbox lag)", async () => {
    await reset();
    expect(await readOutboxBacklog(prisma())).toEqual({ unpublished: 0, oldestUnpublishedMs: null });
    await appendPaidEvents(prisma(), 3);
    await prisma().$executeRaw`UPDATE "OutboxEvent" SET "createdAt" = now() - interval '90 seconds'`;
    const backlog = await readOutboxBacklog(prisma());
    expect(backlog.unpublished).toBe(3);
    expect(backlog.oldestUnpublishedMs).toBeGreaterThanOrEqual(90_000);
    expect(backlog.oldestUnpublishedMs).toBeLessThan(100_000);
    await new OutboxRelay({ prisma: prisma(), transport: new RecordingTransport() }).drain();
    expect(await readOutboxBacklog(prisma())).toEqual({ unpublished: 0, oldestUnpublishedMs: null });
  });

  it("graceful stop publishes what is pending", async () => {
    await reset();
    const transport = new RecordingTransport();
    const relay = new OutboxRelay({ prisma: prisma(), transport, pollMs: 60_000 });
    relay.start();
    await new Promise((resolve) => setTimeout(resolve, 50));
    await appendPaidEvents(prisma(), 5); // no nudge: only the stop's flush publishes them
    await relay.stop();
    expect(transport.published).toHaveLength(5);
  });
});

describe("two relays on one PostgreSQL database", () => {
  const prisma = useEventDatabase("postgres");

  it("publish each event exactly once between them (FOR UPDATE SKIP LOCKED)", async () => {
    const ids = await appendPaidEvents(prisma(), 300);
    const a = new RecordingTransport();
    const b = new RecordingTransport();
    // A slow broker keeps each claim transaction open, so the two relays really overlap.
    a.delayMs = b.delayMs = 20;
    const relays = [
      new OutboxRelay({ prisma: prisma(), transport: a, batchSize: 20 }),
      new OutboxRelay({ prisma: prisma(), transport: b, batchSize: 20 }),
    ];
    await Promise.all(relays.map((r) => r.drain()));
    const all = [...a.published, ...b.published].map((e) => e.id);
    expect(all).toHaveLength(300);
    expect(new Set(all)).toEqual(new Set(ids));
    expect(a.published.length).toBeGreaterThan(0);
    expect(b.published.length).toBeGreaterThan(0);
    expect(await prisma().outboxEvent.count({ where: { publishedAt: null } })).toBe(0);
  });
});
