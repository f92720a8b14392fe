// The order as the orders API sends it (GET /api/users/me/orders/{id}; the store contract of issue 15), typed for
// the pages and the client islands that poll it. Amounts are decimal strings, never numbers.

export const ORDER_STATUSES = ["pending_payment", "paid", "failed", "expired", "refund_pending", "refunded", "partially_refunded"] as const;
export type OrderStatus = (typeof ORDER_STATUSES)[number];

export interface OrderLineView {
  game_id: number;
  title: string;
  /** null when the game left the catalog: the line keeps its title, without a link. */
  slug: string | null;
  unit_price: string;
  discount: string;
  line_total: string;
  refunded: boolean;
}

export interface OrderRefundView {
  id: string;
  amount: string;
  status: string;
  reason: string;
  created_at: string;
  completed_at: string | null;
}

/** One entry of the order's history, as the API derives it from the order's timestamps and events. */
export interface OrderTimelineEntry {
  status: string;
  at: string;
}

export interface OrderSummaryView {
  id: string;
  status: OrderStatus;
  currency: string;
  subtotal: string;
  discount: string;
  total: string;
  created_at: string;
  paid_at: string | null;
  failed_at: string | null;
  expired_at: string | null;
  refunded_at: string | null;
  price_changed: boolean;
  /** Only while pending_payment: the gateway's hosted payment page. */
  checkout_url?: string | null;
  refundable: boolean;
  refund_deadline: string | null;
  lines: OrderLineView[];
  refunds: OrderRefundView[];
}

export interface OrderView extends OrderSummaryView {
  timeline: OrderTimelineEntry[];
}

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
