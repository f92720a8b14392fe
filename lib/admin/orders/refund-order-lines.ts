// Admin refunds (POST /api/admin/orders/{id}/refunds): all or part of chosen lines, with a reason code, at any
// time after payment (no self-service window). The same machinery as self-service refunds: the Refund row with
// its RefundLines and the order's move to refund_pending are written first, in one transaction under the
// order's row lock; the row's id is Stripe's idempotency key (refund:{id}); the webhook applies the outcome and
// revokes the entitlements of lines refunded in full (lib/store/refunds/apply-refund.ts).
import "server-only";

import type { Refund, RefundLine } from "@/generated/prisma/client";
import type { AdminActor } from "@/lib/auth/admin-actor";
import { AppError } from "@/lib/errors/app-error";
import { logger } from "@/lib/log/logger";
import { addAmounts, compareAmounts, isWholeCoins, subtractAmount } from "@/lib/money";
import { transitionOrder } from "@/lib/store/orders/transition-order";
import { refundedPerLine } from "@/lib/store/refunds/refunded-per-line";
import { sendRefund } from "@/lib/store/refunds/request-refund";
import { storeTransaction } from "@/lib/store/store-transaction";
import { StripeGatewayError } from "@/lib/stripe/stripe-gateway-error";

import type { AdminRefundAccepted, RefundOrderBody } from "./schemas";
import { splitRefund, type LineLeft } from "./split-refund";

type RefundWithLines = Refund & { lines: RefundLine[] };

/**
 * Records and sends an admin refund. With an `idempotencyKey` (the Idempotency-Key header) the key is the
 * Refund's id: the same request again answers the first one's refund (`replayed`), and Stripe sees the same
 * idempotency key, so one refund is made however often the console retries. Refused with 409:
 * `exceeds_remaining` (more than is left of a line), `refund_in_progress`, `already_refunded`,
 * `not_refundable` (not paid), and `idempotency_key_reused` (the key names a different request).
 *
 * @example
 * await refundOrderLines(admin, orderId, { lines: [{ line_id, amount: "5.00" }], reason: "goodwill" }, key);
 */
export async function refundOrderLines(
  actor: AdminActor,
  orderId: string,
  body: RefundOrderBody,
  idempotencyKey?: string,
): Promise<AdminRefundAccepted> {
  const { refund, replayed, paymentIntentId } = await storeTransaction(async (tx) => {
    const [locked] = await tx.$queryRaw<Array<{ id: string }>>`SELECT id FROM "Order" WHERE id = ${orderId} FOR UPDATE`;
    if (!locked) throw new AppError("not_found", "No such order.");
    const order = await tx.order.findUniqueOrThrow({ where: { id: orderId }, include: { lines: { orderBy: { id: "asc" } } } });
    if (idempotencyKey) {
      const earlier = await tx.refund.findUnique({ where: { id: idempotencyKey }, include: { lines: true } });
      if (earlier) {
        assertSameRequest(earlier, orderId, body);
        return { refund: earlier, replayed: true, paymentIntentId: order.paymentIntentId };
      }
    }
    if (order.status === "refund_pending")
      throw new AppError("refund_in_progress", "A refund of this order is under way: wait for it to finish.");
    if (order.status === "refunded") throw new AppError("already_refunded", "This order has been refunded in full.");
    if (order.status !== "paid" && order.status !== "partially_refunded") {
      throw new AppError("not_refundable", "Only a paid order can be refunded.", { status: order.status });
    }
    const refunded = await refundedPerLine(tx, orderId, ["pending", "succeeded"]);
    const lines: LineLeft[] = body.lines.map((asked) => {
      const line = order.lines.find((l) => l.id === asked.line_id);
      if (!line) throw new AppError("invalid_parameters", "That line is not part of this order.", { line_id: asked.line_id });
      const left = subtractAmount(line.lineTotal.toFixed(2), refunded.get(line.id) ?? "0.00");
      return { lineId: line.id, title: line.title, left, asked: asked.amount };
    });
    const parts = splitRefund(lines, body.amount, order.currency);
    const over = parts.filter((part) => compareAmounts(part.amount, part.left) > 0);
    if (over.length > 0) {
      throw new AppError("conflict", "That is more than is left to refund of a line.", {
        reason: "exceeds_remaining",
        lines: over.map((part) => ({ line_id: part.lineId, title: part.title, requested: part.amount, remaining: part.left })),
      });
    }
    const coins = parts.filter((part) => !isWholeCoins(part.amount, order.currency));
    if (coins.length > 0) {
      throw new AppError("invalid_parameters", `${order.currency} amounts are whole coins.`, { lines: coins.map((p) => p.lineId) });
    }
    const taken = parts.filter((part) => compareAmounts(part.amount, "0.00") > 0);
    if (taken.length === 0) throw new AppError("invalid_parameters", "Nothing to refund: every amount is zero.");
    const created = await tx.refund.create({
      data: {
        ...(idempotencyKey ? { id: idempotencyKey } : {}),
        orderId,
        amount: addAmounts(...taken.map((part) => part.amount)),
        currency: order.currency,
        reason: body.reason,
        requestedBy: actor.id,
        lines: { create: taken.map((part) => ({ orderLineId: part.lineId, amount: part.amount })) },
      },
      include: { lines: true },
    });
    await transitionOrder(tx, orderId, "refund_pending");
    return { refund: created, replayed: false, paymentIntentId: order.paymentIntentId };
  });
  if (refund.status === "pending" && !refund.providerRefundId) {
    try {
      await sendRefund({ ...refund, paymentIntentId });
    } catch (error) {
      // Recorded: reconciliation sends it again (same idempotency key) once the gateway answers.
      if (!(error instanceof StripeGatewayError && error.kind === "unavailable")) throw error;
      logger.warn({ err: error, orderId, refundId: refund.id }, "payment gateway unavailable; the admin refund is kept and retried");
    }
  }
  return {
    order_id: orderId,
    refund_id: refund.id,
    status: refund.status,
    amount: refund.amount.toFixed(2),
    currency: refund.currency,
    lines: refund.lines.map((line) => ({ line_id: line.orderLineId, amount: line.amount.toFixed(2) })),
    replayed,
  };
}

/** A key names one request: another order, reason or set of lines under the same key is a client bug. */
function assertSameRequest(earlier: RefundWithLines, orderId: string, body: RefundOrderBody): void {
  const sameLines =
    earlier.lines.length <= body.lines.length &&
    earlier.lines.every((line) => body.lines.some((asked) => asked.line_id === line.orderLineId)) &&
    body.lines.every((asked) => {
      const line = earlier.lines.find((l) => l.orderLineId === asked.line_id);
      return asked.amount === undefined || (line !== undefined && line.amount.toFixed(2) === asked.amount);
    });
  if (earlier.orderId !== orderId || earlier.reason !== body.reason || !sameLines) {
    throw new AppError("conflict", "This Idempotency-Key was used for a different refund.", { reason: "idempotency_key_reused" });
  }
}
