import type { OrderStatus, Prisma } from "@/generated/prisma/client";

import { ALLOWED_FROM } from "./order-status";

/**
 * Moves an order to `to` if, and only if, it is in one of the statuses `to` may be entered from: one
 * `UPDATE "Order" … WHERE id = $1 AND status IN (…)`. Under concurrency the row lock makes the losers
 * re-check the status after the winner commits, so exactly one caller gets true; false means already done
 * or stale, and the caller does nothing else.
 */
export async function transitionOrder(
  tx: Prisma.TransactionClient,
  orderId: string,
  to: OrderStatus,
  data: Omit<Prisma.OrderUpdateManyMutationInput, "status"> = {},
  from: readonly OrderStatus[] = ALLOWED_FROM[to],
): Promise<boolean> {
  const { count } = await tx.order.updateMany({ where: { id: orderId, status: { in: [...from] } }, data: { ...data, status: to } });
  return count === 1;
}
