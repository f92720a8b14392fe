// Self-service refunds (POST /api/users/me/orders/{id}/refund): within REFUND_WINDOW_DAYS of payment, for the
// order's lines not refunded yet. The Refund row is written first (with its lines and the order's move to
// refund_pending, in one transaction); its id is the idempotency key of the Stripe call (refund:{id}), so a retry
// after a timeout or a 503 can never refund twice. The refund webhook (or reconciliation) finishes it.
import { z } from "zod";

import { getDb } from "@/lib/accounts-db/get-db";
import { AppError } from "@/lib/errors/app-error";
import { logger } from "@/lib/log/logger";
import { addAmounts, compareAmounts, subtractAmount } from "@/lib/money";
import { createRefund } from "@/lib/stripe/refunds";
import { StripeGatewayError } from "@/lib/stripe/stripe-gateway-error";

import { refundDeadline } from "../orders/order-json";
import { transitionOrder } from "../orders/transition-order";
import { storeTransaction } from "../store-transaction";
import { refundedPerLine } from "./refunded-per-line";
import { reopenAfterFailedRefund } from "./reopen-after-failed-refund";
import { syncRefundsOfPaymentIntent } from "./sync-refunds";

export const requestRefundBodySchema = z.strictObject({ reason: z.string().trim().min(1).max(500) });
export type RequestRefundBody = z.infer<typeof requestRefundBodySchema>;

export interface RefundRequested {
  order_id: string;
  refund_id: string;
  status: "refund_pending";
  amount: string;
  currency: string;
}

export async function requestRefund(
  orderId: string,
  userId: string,
  { reason }: RequestRefundBody,
  now = new Date(),
): Promise<RefundRequested> {
  const refund = await storeTransaction(async (tx) => {
    const [locked] = await tx.$queryRaw<
      Array<{ id: string }>
    >`SELECT id FROM "Order" WHERE id = ${orderId} AND "userId" = ${userId} FOR UPDATE`;
    if (!locked) throw new AppError("not_found", "No such order.");
    const order = await tx.order.findUniqueOrThrow({ where: { id: orderId }, include: { lines: true } });
    if (order.status === "refund_pending") throw new AppError("refund_in_progress", "A refund of this order is already under way.");
    if (order.status === "refunded") throw new AppError("already_refunded", "This order has been refunded.");
    if (order.status !== "paid" && order.status !== "partially_refunded") {
      throw new AppError("not_refundable", "Only a paid order can be refunded.", { status: order.status });
    }
    const deadline = refundDeadline(order.paidAt);
    if (!deadline || deadline <= now) {
      throw new AppError("refund_window_closed", `Refunds are possible for ${daysText()} after payment.`, {
        refund_deadline: deadline?.toISOString(),
      });
    }
    // What is left of each line not refunded yet (an admin may have refunded part of one already).
    const refunded = await refundedPerLine(tx, orderId, ["pending", "succeeded"]);
    const open = order.lines
      .filter((line) => line.refundedAt === null)
      .map((line) => ({ id: line.id, left: subtractAmount(line.lineTotal.toFixed(2), refunded.get(line.id) ?? "0.00") }))
      .filter((line) => compareAmounts(line.left, "0.00") > 0);
    if (open.length === 0) throw new AppError("already_refunded", "Every game of this order has been refunded.");
    const created = await tx.refund.create({
      data: {
        orderId,
        amount: addAmounts(...open.map((line) => line.left)),
        currency: order.currency,
        reason,
        lines: { create: open.map((line) => ({ orderLineId: line.id, amount: line.left })) },
      },
    });
    await transitionOrder(tx, orderId, "refund_pending");
    return { ...created, paymentIntentId: order.paymentIntentId };
  });
  try {
    await sendRefund(refund);
  } catch (error) {
    // The request is recorded: reconciliation sends it again (same idempotency key) once Stripe answers.
    if (!(error instanceof StripeGatewayError && error.kind === "unavailable")) throw error;
    logger.warn({ err: error, orderId, refundId: refund.id }, "payment gateway unavailable; the refund is kept and retried");
  }
  return { order_id: orderId, refund_id: refund.id, status: "refund_pending", amount: refund.amount.toFixed(2), currency: refund.currency };
}

function daysText(): string {
  return `${refundDeadline(new Date(0))!.getTime() / 86_400_000} days`;
}

/** Asks Stripe for a recorded refund (also reconciliation's retry of one the gateway never took). */
export async function sendRefund(refund: {
  id: string;
  orderId: string;
  /** Our reason code; Stripe is told the ones it knows (duplicate, fraudulent), requested_by_customer otherwise. */
  reason?: string;
  amount: { toFixed(digits: number): string };
  currency: string;
  paymentIntentId: string | null;
}) {
  if (!refund.paymentIntentId) throw new Error(`order ${refund.orderId} has no PaymentIntent to refund`);
  const paymentIntentId = refund.paymentIntentId;
  const db = await getDb();
  try {
    const created = await createRefund({
      refundRequestId: refund.id,
      paymentIntentId,
      amount: refund.amount.toFixed(2),
      currency: refund.currency,
      reason: refund.reason,
    });
    await db.refund.updateMany({ where: { id: refund.id, providerRefundId: null }, data: { providerRefundId: created.id } });
  } catch (error) {
    // Already refunded at Stripe (in the Dashboard, say): what Stripe holds is applied, and the answer stands.
    if (error instanceof StripeGatewayError && error.code === "charge_already_refunded") {
      logger.warn({ orderId: refund.orderId }, "charge already refunded at Stripe; syncing");
      await syncRefundsOfPaymentIntent(paymentIntentId);
      return;
    }
    if (error instanceof StripeGatewayError && error.kind === "rejected") {
      // Refused for good: the request fails, and the order goes back to what it was.
      await storeTransaction(async (tx) => {
        const failed = await tx.refund.updateMany({
          where: { id: refund.id, status: "pending" },
          data: { status: "failed", completedAt: new Date() },
        });
        if (failed.count === 0) return;
        await reopenAfterFailedRefund(tx, refund.orderId);
      });
      throw new AppError("not_refundable", `The payment service refused the refund: ${error.message}`);
    }
    throw error;
  }
}
