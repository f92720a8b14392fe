import { getDb } from "@/lib/accounts-db/get-db";
import { AppError } from "@/lib/errors/app-error";

import { orderGameSlugs } from "./order-game-slugs";
import { orderInclude, toOrderJson, type OrderJson } from "./order-json";

export interface OrderDetailJson extends OrderJson {
  timeline: Array<{ status: string; at: string }>;
}

const STATUS_OF_EVENT: Record<string, string> = {
  "order.placed": "pending_payment",
  "order.paid": "paid",
  "order.failed": "failed",
  "order.expired": "expired",
};

/**
 * One of the user's orders with its timeline, or AppError("not_found"): another user's order answers exactly
 * as a missing one does, so ids cannot be probed.
 */
export async function getOrderForUser(orderId: string, userId: string): Promise<OrderDetailJson> {
  const db = await getDb();
  const order = await db.order.findFirst({ where: { id: orderId, userId }, include: orderInclude });
  if (!order) throw new AppError("not_found", "No such order.");
  const events = await db.outboxEvent.findMany({
    where: { aggregateId: order.id, type: { startsWith: "order." } },
    orderBy: { createdAt: "asc" },
    select: { type: true, createdAt: true, payload: true },
  });
  const timeline = events.flatMap((event) => {
    const status = event.type === "order.refunded" ? (event.payload as { status?: string }).status : STATUS_OF_EVENT[event.type];
    return status ? [{ status, at: event.createdAt.toISOString() }] : [];
  });
  // Refund requests are not events of their own: each one opened a refund_pending stretch.
  for (const refund of order.refunds) timeline.push({ status: "refund_pending", at: refund.createdAt.toISOString() });
  if (!timeline.some((entry) => entry.status === "pending_payment"))
    timeline.push({ status: "pending_payment", at: order.createdAt.toISOString() });
  timeline.sort((a, b) => a.at.localeCompare(b.at));
  return { ...toOrderJson(order, orderGameSlugs([order])), timeline };
}
