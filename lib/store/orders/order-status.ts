// The order state machine (statuses as prisma/schema.prisma spells them). Every transition is one guarded
// UPDATE … WHERE status IN (from) (transition-order.ts), so a late or duplicated event that finds the order
// already past its `from` set changes nothing: stale events never move an order back.
import type { OrderStatus } from "@/generated/prisma/client";

/** Which statuses each status may be entered from. */
export const ALLOWED_FROM: Record<OrderStatus, readonly OrderStatus[]> = {
  pending_payment: [],
  // From expired/failed too: when Stripe says the money was taken (a payment racing a cancel, an expiry
  // processed before a late completion), the buyer gets the game; no paid order goes unfulfilled.
  paid: ["pending_payment", "expired", "failed"],
  failed: ["pending_payment"],
  expired: ["pending_payment"],
  refund_pending: ["paid", "partially_refunded"],
  partially_refunded: ["paid", "refund_pending", "partially_refunded"],
  refunded: ["paid", "refund_pending", "partially_refunded"],
};

/** Statuses in which the buyer owns the order's (unrefunded) games. */
export const PAID_STATUSES: readonly OrderStatus[] = ["paid", "refund_pending", "partially_refunded", "refunded"];

export function isPaidStatus(status: OrderStatus): boolean {
  return PAID_STATUSES.includes(status);
}
