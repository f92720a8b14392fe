// The order page's status timeline: "Order placed" → "Payment processing" → "Paid" (→ "Refund requested" →
// "Refunded"), or the branch an order took instead (payment failed, canceled). Derived from the order alone so
// the server's first render and every poll draw the same steps.
import { isRefundedStatus, type OrderView } from "@/lib/query/order-view";

export type TimelineStepState = "done" | "current" | "upcoming" | "failed";

export interface TimelineStep {
  key: string;
  label: string;
  state: TimelineStepState;
  /** When the step happened (ISO), where known. */
  at: string | null;
}

/** The time the API's timeline gives a status, else the fallback (the order's own timestamp for it). */
function timeOf(order: OrderView, statuses: readonly string[], fallback: string | null = null): string | null {
  return order.timeline.find((entry) => statuses.includes(entry.status))?.at ?? fallback;
}

/**
 * The steps to draw for an order, oldest first.
 *
 * @example
 * timelineSteps(pendingOrder).map((s) => s.state); // ["done", "current", "upcoming"]
 */
export function timelineSteps(order: OrderView): TimelineStep[] {
  const placed: TimelineStep = {
    key: "placed",
    label: "Order placed",
    state: "done",
    at: timeOf(order, ["pending_payment", "placed"], order.created_at),
  };
  const processingAt = timeOf(order, ["payment_processing", "processing"]);

  if (order.status === "pending_payment") {
    return [
      placed,
      { key: "processing", label: "Payment processing", state: "current", at: processingAt },
      { key: "paid", label: "Paid", state: "upcoming", at: null },
    ];
  }
  if (order.status === "failed") {
    return [
      placed,
      { key: "processing", label: "Payment processing", state: "done", at: processingAt },
      { key: "failed", label: "Payment failed", state: "failed", at: timeOf(order, ["failed"], order.failed_at) },
    ];
  }
  if (order.status === "expired") {
    return [
      placed,
      { key: "expired", label: "Canceled, nothing was charged", state: "failed", at: timeOf(order, ["expired"], order.expired_at) },
    ];
  }

  const steps: TimelineStep[] = [
    placed,
    { key: "processing", label: "Payment processing", state: "done", at: processingAt },
    { key: "paid", label: "Paid", state: "done", at: timeOf(order, ["paid"], order.paid_at) },
  ];
  const requests = [...order.refunds].sort((a, b) => a.created_at.localeCompare(b.created_at));
  const firstRequest = requests[0];
  if (order.status === "refund_pending" || isRefundedStatus(order.status) || firstRequest) {
    steps.push({
      key: "refund_requested",
      label: "Refund requested",
      state: "done",
      at: timeOf(order, ["refund_pending"], firstRequest?.created_at ?? null),
    });
  }
  if (order.status === "refund_pending") {
    steps.push({ key: "refunded", label: "Refunded", state: "current", at: null });
  } else if (isRefundedStatus(order.status)) {
    const label = order.status === "refunded" ? "Refunded" : "Partly refunded";
    steps.push({ key: "refunded", label, state: "done", at: timeOf(order, [order.status], order.refunded_at) });
  } else if (requests.at(-1)?.status === "failed") {
    // The gateway refused the refund: the order is paid again and the games stay in the library.
    steps.push({ key: "refund_failed", label: "Refund declined", state: "failed", at: requests.at(-1)?.completed_at ?? null });
  }
  return steps;
}
