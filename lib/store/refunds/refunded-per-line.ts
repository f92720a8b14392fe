import type { Prisma, RefundStatus } from "@/generated/prisma/client";

/**
 * How much of each line of an order has been refunded by refunds in `statuses` (pending ones count too when
 * deciding what is left to refund, so two requests in flight cannot both take the same money), as decimal
 * strings by order line id. Lines with nothing refunded are absent.
 */
export async function refundedPerLine(
  tx: Prisma.TransactionClient,
  orderId: string,
  statuses: readonly RefundStatus[],
): Promise<Map<string, string>> {
  const sums = await tx.refundLine.groupBy({
    by: ["orderLineId"],
    where: { refund: { orderId, status: { in: [...statuses] } } },
    _sum: { amount: true },
  });
  return new Map(sums.map((row) => [row.orderLineId, (row._sum.amount ?? 0).toFixed(2)]));
}
