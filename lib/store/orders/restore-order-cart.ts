import type { Prisma } from "@/generated/prisma/client";

import { restoreCart } from "../cart/restore-cart";

/**
 * Puts an order's games back into its buyer's cart (the order expired, failed or was cancelled), in the
 * caller's transaction, with the price the order had (so the cart can say if it changes), and makes the cart
 * forget the order as its last one, so the next checkout places a new order.
 */
export async function restoreOrderCart(
  tx: Prisma.TransactionClient,
  order: { id: string; userId: string | null; currency: string; lines: ReadonlyArray<{ gameId: number; lineTotal: Prisma.Decimal }> },
): Promise<void> {
  if (!order.userId) return;
  await restoreCart(
    order.userId,
    order.lines.map((line) => ({ gameId: line.gameId, seenPrice: line.lineTotal.toFixed(2), seenCurrency: order.currency })),
    tx,
  );
  await tx.cart.updateMany({ where: { userId: order.userId, lastOrderId: order.id }, data: { lastOrderId: null } });
}
