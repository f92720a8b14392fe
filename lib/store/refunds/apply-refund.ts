// Applies one refund as Stripe reports it to its order, exactly once, in one transaction.
import type { Prisma, RefundStatus } from "@/generated/prisma/client";
import { appendOutboxEvent } from "@/lib/events/outbox/append-outbox-event";
import { logger } from "@/lib/log/logger";
import { addAmounts, compareAmounts, fromStripeMinorUnits } from "@/lib/money";
import type { RefundView } from "@/lib/stripe/stripe-objects";

import { orderFacts } from "../orders/order-event-facts";
import { transitionOrder } from "../orders/transition-order";
import { storeTransaction } from "../store-transaction";
import { refundedPerLine } from "./refunded-per-line";
import { reopenAfterFailedRefund } from "./reopen-after-failed-refund";

type Tx = Prisma.TransactionClient;

export async function applyRefund(orderId: string, refund: RefundView): Promise<"applied" | "unchanged"> {
  return storeTransaction(async (tx) => {
    const order = await tx.order.findUniqueOrThrow({ where: { id: orderId }, include: { lines: true } });
    const row = await findOrRecordRefund(tx, order, refund);
    if (!row || refund.status === "pending") return "unchanged";
    const done = await tx.refund.updateMany({
      where: { id: row.id, status: "pending" },
      data: { status: refund.status as RefundStatus, completedAt: new Date(), providerRefundId: refund.id },
    });
    if (done.count === 0) return "unchanged";
    if (refund.status !== "succeeded") {
      await reopenAfterFailedRefund(tx, order.id);
      logger.warn({ orderId, refundId: refund.id, status: refund.status }, "refund did not go through");
      return "applied";
    }
    await finishRefund(tx, order, row.id);
    return "applied";
  });
}

type OrderWithLines = Prisma.OrderGetPayload<{ include: { lines: true } }>;

/** Our Refund row for this Stripe refund: by its id, by the request id we sent as metadata, or one recorded now (a refund made in Stripe's Dashboard). */
async function findOrRecordRefund(tx: Tx, order: OrderWithLines, refund: RefundView) {
  const known = await tx.refund.findFirst({
    where: {
      orderId: order.id,
      OR: [{ providerRefundId: refund.id }, ...(refund.refundRequestId ? [{ id: refund.refundRequestId }] : [])],
    },
  });
  if (known) {
    if (!known.providerRefundId) await tx.refund.update({ where: { id: known.id }, data: { providerRefundId: refund.id } });
    return known;
  }
  const amount = fromStripeMinorUnits(refund.amount, order.currency);
  const open = order.lines.filter((line) => line.refundedAt === null);
  const remaining = addAmounts("0.00", ...open.map((line) => line.lineTotal.toFixed(2)));
  const coversAll = open.length > 0 && compareAmounts(amount, remaining) >= 0;
  // Made outside the store: a refund of everything left covers the open lines; a smaller one is money only.
  return tx.refund.create({
    data: {
      orderId: order.id,
      providerRefundId: refund.id,
      amount,
      currency: order.currency,
      reason: "stripe_dashboard",
      lines: coversAll ? { create: open.map((line) => ({ orderLineId: line.id, amount: line.lineTotal })) } : undefined,
    },
  });
}

async function finishRefund(tx: Tx, order: OrderWithLines, refundId: string): Promise<void> {
  const now = new Date();
  const refundLines = await tx.refundLine.findMany({ where: { refundId }, select: { orderLineId: true } });
  // A line is refunded (its game taken back) once its succeeded refunds add up to its total: an admin's partial
  // refund of a line gives money back and leaves the game with the buyer.
  const refunded = await refundedPerLine(tx, order.id, ["succeeded"]);
  const lineIds = refundLines
    .map((line) => line.orderLineId)
    .filter((id) => {
      const line = order.lines.find((l) => l.id === id);
      return line !== undefined && compareAmounts(refunded.get(id) ?? "0.00", line.lineTotal.toFixed(2)) >= 0;
    });
  await tx.orderLine.updateMany({ where: { id: { in: lineIds }, refundedAt: null }, data: { refundedAt: now } });
  const refundedLines = new Set([...order.lines.filter((line) => line.refundedAt !== null).map((line) => line.id), ...lineIds]);
  const status = refundedLines.size === order.lines.length ? "refunded" : "partially_refunded";
  await transitionOrder(tx, order.id, status, { refundedAt: now });
  const revoked = await tx.entitlement.findMany({ where: { orderLineId: { in: lineIds }, revokedAt: null } });
  await tx.entitlement.updateMany({ where: { id: { in: revoked.map((e) => e.id) } }, data: { revokedAt: now } });
  for (const entitlement of revoked) {
    await appendOutboxEvent(tx, "entitlement.revoked", entitlement.id, {
      entitlement_id: entitlement.id,
      user_id: entitlement.userId,
      game_id: entitlement.gameId,
      order_id: order.id,
    });
  }
  const refund = await tx.refund.findUniqueOrThrow({ where: { id: refundId } });
  await appendOutboxEvent(tx, "order.refunded", order.id, {
    ...orderFacts(order),
    refund_id: refundId,
    amount: refund.amount.toFixed(2),
    status,
    game_ids: order.lines.filter((line) => lineIds.includes(line.id)).map((line) => line.gameId),
  });
}
