// The order as the orders API sends it (GET /api/users/me/orders/{id}; the store contract of issue 15), typed for
// the pages and the client islands that poll it. Amounts are decimal strings, never numbers. The shapes are the
// server's own (type-only imports, erased from the client bundle).
import type { OrderDetailJson } from "@/lib/store/orders/get-order-for-user";
import type { OrderJson } from "@/lib/store/orders/order-json";

export const ORDER_STATUSES = ["pending_payment", "paid", "failed", "expired", "refund_pending", "refunded", "partially_refunded"] as const;
export type OrderStatus = (typeof ORDER_STATUSES)[number];

/** A line: `slug` is null when the game left the catalog (the line keeps its title, without a link). */
export type OrderLineView = OrderJson["lines"][number];
export type OrderRefundView = OrderJson["refunds"][number];
/** One entry of the order's history, as the API derives it from the order's timestamps and events. */
export type OrderTimelineEntry = OrderDetailJson["timeline"][number];

/** The API's order (one shape, the server's), with the status narrowed to the known ones. */
export type OrderSummaryView = Omit<OrderJson, "status"> & { status: OrderStatus };

export type OrderView = OrderSummaryView & { timeline: OrderTimelineEntry[] };

/**
 * The API's order with its status checked against the known ones (the API types it as a string). An unknown
 * status is a contract break, so it throws rather than drawing a page that guesses.
 */
export function withOrderStatus<T extends { status: string }>(order: T): T & { status: OrderStatus } {
  if (!(ORDER_STATUSES as readonly string[]).includes(order.status))
    throw new Error(`unknown order status ${JSON.stringify(order.status)}`);
  return order as T & { status: OrderStatus };
}

export const ORDER_STATUS_LABELS: Record<OrderStatus, string> = {
  pending_payment: "Awaiting payment",
  paid: "Paid",
  failed: "Payment failed",
  expired: "Canceled",
  refund_pending: "Refund requested",
  refunded: "Refunded",
  partially_refunded: "Partly refunded",
};

/**
 * Whether the order can still change without the player doing anything: a payment or a refund in flight. The
 * order page polls only while this holds (a paid order changes again only when the player asks for a refund).
 */
export function isSettled(status: OrderStatus): boolean {
  return status !== "pending_payment" && status !== "refund_pending";
}

/** The game left the order's buyer's library: refunded, in whole or in part. */
export function isRefundedStatus(status: OrderStatus): boolean {
  return status === "refunded" || status === "partially_refunded";
}
