import { describe, expect, it } from "vitest";

import { timelineSteps } from "@/components/store/order-timeline-steps";
import type { OrderView } from "@/lib/query/order-view";

const PLACED = "2026-11-03T10:00:00.000Z";
const PAID = "2026-11-03T10:01:30.000Z";

function order(overrides: Partial<OrderView>): OrderView {
  return {
    id: "o1",
    status: "pending_payment",
    currency: "USD",
    subtotal: "19.98",
    discount: "2.00",
    total: "17.98",
    created_at: PLACED,
    paid_at: null,
    failed_at: null,
    expired_at: null,
    refunded_at: null,
    price_changed: false,
    checkout_url: "http://127.0.0.1:3220/c/pay/cs_test_1",
    refundable: false,
    refund_deadline: null,
    lines: [],
    refunds: [],
    timeline: [{ status: "pending_payment", at: PLACED }],
    ...overrides,
  };
}

const shape = (o: OrderView) => timelineSteps(o).map((s) => `${s.key}:${s.state}`);

describe("timelineSteps", () => {
  it("shows payment processing as the current step while the order awaits payment", () => {
    expect(shape(order({}))).toEqual(["placed:done", "processing:current", "paid:upcoming"]);
    expect(timelineSteps(order({}))[0]?.at).toBe(PLACED);
  });

  it("marks every step done once paid, with the paid time from the order when the timeline lacks it", () => {
    const steps = timelineSteps(order({ status: "paid", paid_at: PAID, timeline: [] }));
    expect(steps.map((s) => `${s.key}:${s.state}`)).toEqual(["placed:done", "processing:done", "paid:done"]);
    expect(steps.at(-1)?.at).toBe(PAID);
  });

  it("prefers the API timeline's time for a status", () => {
    const at = "2026-11-03T10:01:31.000Z";
    const steps = timelineSteps(order({ status: "paid", paid_at: PAID, timeline: [{ status: "paid", at }] }));
    expect(steps.at(-1)?.at).toBe(at);
  });

  it("ends in a failed step for a declined payment and for a canceled order", () => {
    expect(shape(order({ status: "failed", failed_at: PAID }))).toEqual(["placed:done", "processing:done", "failed:failed"]);
    expect(shape(order({ status: "expired", expired_at: PAID }))).toEqual(["placed:done", "expired:failed"]);
  });

  it("adds the refund steps: requested, then refunded", () => {
    const refund = {
      id: "r1",
      amount: "17.98",
      status: "pending",
      reason: "requested_by_customer",
      created_at: "2026-11-04T09:00:00.000Z",
      completed_at: null,
    };
    const pending = order({ status: "refund_pending", paid_at: PAID, refunds: [refund] });
    expect(shape(pending)).toEqual(["placed:done", "processing:done", "paid:done", "refund_requested:done", "refunded:current"]);
    expect(timelineSteps(pending)[3]?.at).toBe(refund.created_at);

    const done = order({
      status: "refunded",
      paid_at: PAID,
      refunded_at: "2026-11-04T09:00:05.000Z",
      refunds: [{ ...refund, status: "succeeded" }],
    });
    expect(shape(done)).toEqual(["placed:done", "processing:done", "paid:done", "refund_requested:done", "refunded:done"]);
    expect(timelineSteps(done).at(-1)?.at).toBe("2026-11-04T09:00:05.000Z");
    expect(timelineSteps(order({ status: "partially_refunded", paid_at: PAID, refunds: [refund] })).at(-1)?.label).toBe("Partly refunded");
  });

  it("says so when the gateway declined a refund and the order is paid again", () => {
    const refund = { id: "r1", amount: "17.98", status: "failed", reason: "duplicate", created_at: PAID, completed_at: PAID };
    expect(shape(order({ status: "paid", paid_at: PAID, refunds: [refund] })).slice(-2)).toEqual([
      "refund_requested:done",
      "refund_failed:failed",
    ]);
  });
});
