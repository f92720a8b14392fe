import type { Prisma } from "@/generated/prisma/client";

/**
 * Puts an order's games back into its buyer's cart (the order expired, failed or was cancelled), in the
 * caller's transaction: games owned meanwhile are skipped, games already in the cart stay as they are, and the
 * cart forgets the order as its last one, so the next checkout places a new order.
 */
export async function restoreOrderCart(
  tx: Prisma.TransactionClient,
  order: { id: string; userId: string | null; currency: string; lines: ReadonlyArray<{ gameId: number; lineTotal: Prisma.Decimal }> },
): Promise<void> {
  if (!order.userId) return;
  const gameIds = order.lines.map((line) => line.gameId);
  const owned = new Set(
    (
      await tx.entitlement.findMany({ where: { userId: order.userId, gameId: { in: gameIds }, revokedAt: null }, select: { gameId: true } })
    ).map((e) => e.gameId),
  );
  const cart = await tx.cart.upsert({
    where: { userId: order.userId },
    create: { userId: order.userId },
    update: {},
    select: { id: true, lastOrderId: true },
  });
  await tx.cartItem.createMany({
    data: order.lines
      .filter((line) => !owned.has(line.gameId))
      .map((line) => ({ cartId: cart.id, gameId: line.gameId, seenPrice: line.lineTotal, seenCurrency: order.currency })),
    skipDuplicates: true,
  });
  if (cart.lastOrderId === order.id) await tx.cart.update({ where: { id: cart.id }, data: { lastOrderId: null } });
}
