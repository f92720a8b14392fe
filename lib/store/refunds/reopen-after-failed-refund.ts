import type { Prisma } from "@/generated/prisma/client";

import { transitionOrder } from "../orders/transition-order";

/** A refund that did not go through leaves the money with us: the order goes back to what it was before the request. */
export async function reopenAfterFailedRefund(tx: Prisma.TransactionClient, orderId: string): Promise<void> {
  const refundedBefore = await tx.orderLine.count({ where: { orderId, refundedAt: { not: null } } });
  await transitionOrder(tx, orderId, refundedBefore > 0 ? "partially_refunded" : "paid", {}, ["refund_pending"]);
}
