import type { Prisma } from "@/generated/prisma/client";

import { transitionOrder } from "../orders/transition-order";

/**
 * A refund that did not go through leaves the money with us: the order goes back to what it was before the
 * request, partially refunded when an earlier refund gave any money back (an admin's partial refund of a line
 * leaves every line open, so the lines alone cannot tell).
 */
export async function reopenAfterFailedRefund(tx: Prisma.TransactionClient, orderId: string): Promise<void> {
  const refundedBefore = await tx.refund.count({ where: { orderId, status: "succeeded" } });
  await transitionOrder(tx, orderId, refundedBefore > 0 ? "partially_refunded" : "paid", {}, ["refund_pending"]);
}
