// A consumer's after-commit step (what `handle` returns): it runs once the dedupe transaction has committed, so
// work it starts (a job reading the handler's rows) sees them; never for a duplicate or a handler that threw.
import { describe, expect, it } from "vitest";

import { applyEventOnce } from "@/lib/events/apply-event-once";
import { defineEventConsumer } from "@/lib/events/define-event-consumer";
import type { StoreEventEnvelope } from "@/lib/events/store-events";
import { BACKENDS } from "@/tests/accounts-db/support/test-database";

import { useEventDatabase } from "./support/event-database";

function expiredEvent(id: string): StoreEventEnvelope {
  return {
    id,
    type: "order.expired",
    version: 1,
    aggregate_id: "order-1",
    occurred_at: new Date().toISOString(),
    data: { order_id: "order-1", user_id: null, currency: "EUR", total: "5.00" },
  };
}

describe.each(BACKENDS)("after-commit steps of event consumers on %s", (kind) => {
  const prisma = useEventDatabase(kind);

  it("runs after the commit, sees the handler's writes from outside its transaction, and once per event", async () => {
    const seen: number[] = [];
    const consumer = defineEventConsumer({
      name: "after-commit-probe",
      types: ["order.expired"],
      async handle(_event, tx) {
        await tx.auditLog.create({ data: { action: "probe", target: "order:order-1" } });
        // Read through the pool, not the transaction: only committed rows are visible there.
        return async () => void seen.push(await prisma().auditLog.count({ where: { action: "probe" } }));
      },
    });
    const apply = applyEventOnce(prisma());
    const event = expiredEvent("0193a000-0000-7000-8000-000000000001");
    expect(await apply(consumer, event)).toBe("applied");
    expect(await apply(consumer, event)).toBe("duplicate");
    expect(seen).toEqual([1]);
  });

  it("does not run when the handler throws (the writes roll back)", async () => {
    let ran = false;
    const consumer = defineEventConsumer({
      name: "after-commit-thrower",
      types: ["order.expired"],
      async handle(_event, tx) {
        await tx.auditLog.create({ data: { action: "probe-rolled-back", target: "order:order-1" } });
        await tx.$executeRawUnsafe("SELECT * FROM no_such_table"); // fails, as a handler's later statement may
        return async () => void (ran = true);
      },
    });
    await expect(applyEventOnce(prisma())(consumer, expiredEvent("0193a000-0000-7000-8000-000000000002"))).rejects.toThrow(/no_such_table/);
    expect(ran).toBe(false);
    expect(await prisma().auditLog.count({ where: { action: "probe-rolled-back" } })).toBe(0);
  });
});
