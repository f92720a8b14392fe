// Refund events (refund.created/updated/failed, charge.refunded) only say "something changed for this
// PaymentIntent". Stripe's list of the intent's refunds is the truth, and each one is applied exactly once:
// the Refund row's guarded status change (pending → succeeded|failed|canceled) is the gate. If the refund event
// arrives before the payment's, the order is fulfilled first from its session, so the end state is the same.
import { getDb } from "@/lib/accounts-db/get-db";
import { logger } from "@/lib/log/logger";
import { findCheckoutSessionOfPaymentIntent, retrievePaymentIntentOrderId } from "@/lib/stripe/checkout-sessions";
import { listRefundsOfPaymentIntent } from "@/lib/stripe/refunds";

import { fulfillFromSession } from "../orders/fulfill-order";
import { isPaidStatus } from "../orders/order-status";
import { applyRefund } from "./apply-refund";

export async function syncRefundsOfPaymentIntent(paymentIntentId: string): Promise<"synced" | "unknown_order"> {
  const db = await getDb();
  let order = await db.order.findUnique({ where: { paymentIntentId }, select: { id: true, status: true } });
  if (!order) {
    const orderId = await retrievePaymentIntentOrderId(paymentIntentId);
    order = orderId ? await db.order.findUnique({ where: { id: orderId }, select: { id: true, status: true } }) : null;
    if (!order) {
      logger.warn({ paymentIntentId }, "refund for a payment that is not one of our orders; ignored");
      return "unknown_order";
    }
  }
  if (!isPaidStatus(order.status)) {
    const session = await findCheckoutSessionOfPaymentIntent(paymentIntentId);
    if (session) await fulfillFromSession(session);
  }
  for (const refund of await listRefundsOfPaymentIntent(paymentIntentId)) await applyRefund(order.id, refund);
  return "synced";
}
