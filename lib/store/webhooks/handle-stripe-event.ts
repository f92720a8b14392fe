// What each Stripe event means for the store. The event is only a pointer: every branch re-fetches the object
// from Stripe and lets its current state decide (lib/store/orders, lib/store/refunds), so duplicates, reorders
// and late deliveries all converge on the same end state.
import { getDb } from "@/lib/accounts-db/get-db";
import { logger } from "@/lib/log/logger";
import type { StripeEventView } from "@/lib/stripe/stripe-objects";

import { closeUnpaidOrder } from "../orders/close-unpaid-order";
import { fulfillOrder } from "../orders/fulfill-order";
import { sendUnsentRefunds } from "../refunds/send-unsent-refunds";
import { syncRefundsOfPaymentIntent } from "../refunds/sync-refunds";

const SESSION_EVENTS = new Set([
  "checkout.session.completed",
  "checkout.session.async_payment_succeeded",
  "checkout.session.async_payment_failed",
  "checkout.session.expired",
]);
const REFUND_EVENTS = new Set(["refund.created", "refund.updated", "refund.failed", "charge.refunded", "charge.refund.updated"]);

export function isHandledEventType(type: string): boolean {
  return SESSION_EVENTS.has(type) || REFUND_EVENTS.has(type);
}

export async function handleStripeEvent(event: Omit<StripeEventView, "createdAt">): Promise<string> {
  if (SESSION_EVENTS.has(event.type) && event.objectId) {
    if (event.type === "checkout.session.completed" || event.type === "checkout.session.async_payment_succeeded") {
      const outcome = await fulfillOrder(event.objectId);
      // A line bought twice (two tabs) was refunded in the fulfilment; send it now (again, if a retry).
      const orderId = outcome === "fulfilled" || outcome === "already_fulfilled" ? await orderOfSession(event.objectId) : null;
      if (orderId) await sendUnsentRefunds({ orderId });
      // A delayed method (SEPA): the session completed unpaid; the order stays pending ("payment processing").
      if (outcome === "not_paid") logger.info({ sessionId: event.objectId }, "checkout completed, payment processing");
      return outcome;
    }
    return closeUnpaidOrder(event.objectId);
  }
  if (REFUND_EVENTS.has(event.type)) {
    const paymentIntentId = event.paymentIntentId;
    if (!paymentIntentId) return "ignored";
    return syncRefundsOfPaymentIntent(paymentIntentId);
  }
  return "ignored";
}

async function orderOfSession(sessionId: string): Promise<string | null> {
  const order = await (await getDb()).order.findUnique({ where: { checkoutSessionId: sessionId }, select: { id: true } });
  return order?.id ?? null;
}
