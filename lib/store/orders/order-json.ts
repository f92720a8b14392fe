// The order as the API gives it (GET /api/users/me/orders/{id}; the list leaves out the timeline). Amounts are
// decimal strings; checkout_url only while the order awaits payment; refundable within REFUND_WINDOW_DAYS.
import type { Prisma } from "@/generated/prisma/client";
import { getEnv } from "@/lib/env";

export const orderInclude = {
  lines: { orderBy: { id: "asc" } },
  refunds: { orderBy: { createdAt: "asc" } },
} as const satisfies Prisma.OrderInclude;

export type OrderWithDetails = Prisma.OrderGetPayload<{ include: typeof orderInclude }>;

export interface OrderLineJson {
  game_id: number;
  title: string;
  slug: string | null;
  unit_price: string;
  discount: string;
  line_total: string;
  refunded: boolean;
}

export interface OrderJson {
  id: string;
  status: string;
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
  checkout_url: string | null;
  refundable: boolean;
  refund_deadline: string | null;
  lines: OrderLineJson[];
  refunds: Array<{ id: string; amount: string; status: string; reason: string; created_at: string; completed_at: string | null }>;
}

const iso = (date: Date | null) => (date ? date.toISOString() : null);

/** When self-service refunds close for an order paid at `paidAt`. */
export function refundDeadline(paidAt: Date | null): Date | null {
  return paidAt ? new Date(paidAt.getTime() + getEnv().REFUND_WINDOW_DAYS * 86_400_000) : null;
}

export function toOrderJson(order: OrderWithDetails, slugs: ReadonlyMap<number, string>, now = new Date()): OrderJson {
  const deadline = refundDeadline(order.paidAt);
  const refundable =
    (order.status === "paid" || order.status === "partially_refunded") &&
    deadline !== null &&
    deadline > now &&
    order.lines.some((line) => line.refundedAt === null);
  const checkoutOpen = order.status === "pending_payment" && order.checkoutExpiresAt !== null && order.checkoutExpiresAt > now;
  return {
    id: order.id,
    status: order.status,
    currency: order.currency,
    subtotal: order.subtotal.toFixed(2),
    discount: order.discount.toFixed(2),
    total: order.total.toFixed(2),
    created_at: order.createdAt.toISOString(),
    paid_at: iso(order.paidAt),
    failed_at: iso(order.failedAt),
    expired_at: iso(order.expiredAt),
    refunded_at: iso(order.refundedAt),
    price_changed: order.priceChanged,
    checkout_url: checkoutOpen ? order.checkoutUrl : null,
    refundable,
    refund_deadline: iso(deadline),
    lines: order.lines.map((line) => ({
      game_id: line.gameId,
      title: line.title,
      slug: slugs.get(line.gameId) ?? null,
      unit_price: line.unitPrice.toFixed(2),
      discount: line.discount.toFixed(2),
      line_total: line.lineTotal.toFixed(2),
      refunded: line.refundedAt !== null,
    })),
    refunds: order.refunds.map((refund) => ({
      id: refund.id,
      amount: refund.amount.toFixed(2),
      status: refund.status,
      reason: refund.reason,
      created_at: refund.createdAt.toISOString(),
      completed_at: iso(refund.completedAt),
    })),
  };
}
