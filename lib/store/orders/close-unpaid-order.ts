// An order that will not be paid: its Checkout Session expired (or the buyer cancelled, which expires it), or a
// delayed payment failed. The session as Stripe holds it now decides: if it says paid after all, the order is
// fulfilled instead. Otherwise one guarded transition, the cart restored and the event, in one transaction.
import { appendOutboxEvent } from "@/lib/events/outbox/append-outbox-event";
import { logger } from "@/lib/log/logger";
import { retrieveCheckoutSession } from "@/lib/stripe/checkout-sessions";
import type { CheckoutSessionView } from "@/lib/stripe/stripe-objects";

import { storeTransaction } from "../store-transaction";
import { fulfillFromSession, type FulfillOutcome } from "./fulfill-order";
import { orderFacts } from "./order-event-facts";
import { restoreOrderCart } from "./restore-order-cart";
import { transitionOrder } from "./transition-order";

export type CloseOutcome = "expired" | "failed" | "unchanged" | "unknown_order" | FulfillOutcome;

/** A PaymentIntent left in one of these after a delayed method failed (it then waits for another method). */
const FAILED_INTENT = new Set(["requires_payment_method", "canceled"]);

export async function closeUnpaidOrder(sessionId: string): Promise<CloseOutcome> {
  return closeFromSession(await retrieveCheckoutSession(sessionId));
}

export async function closeFromSession(session: CheckoutSessionView): Promise<CloseOutcome> {
  if (session.paymentStatus !== "unpaid") return fulfillFromSession(session);
  const to =
    session.status === "expired"
      ? "expired"
      : session.status === "complete" && FAILED_INTENT.has(session.paymentIntentStatus ?? "")
        ? "failed"
        : null;
  if (!to || !session.orderId) return session.orderId ? "unchanged" : "unknown_order";
  const orderId = session.orderId;
  return storeTransaction(async (tx) => {
    const order = await tx.order.findUnique({ where: { id: orderId }, include: { lines: true } });
    if (!order) {
      logger.warn({ sessionId: session.id, orderId }, "session event for an order we do not have; ignored");
      return "unknown_order";
    }
    // An earlier attempt's session expiring says nothing about the order's current one.
    if (order.checkoutSessionId && order.checkoutSessionId !== session.id) return "unchanged";
    const now = new Date();
    const moved = await transitionOrder(tx, order.id, to, to === "expired" ? { expiredAt: now } : { failedAt: now });
    if (!moved) return "unchanged";
    await restoreOrderCart(tx, order);
    if (to === "expired") await appendOutboxEvent(tx, "order.expired", order.id, orderFacts(order));
    else await appendOutboxEvent(tx, "order.failed", order.id, { ...orderFacts(order), reason: "payment_failed" });
    return to;
  });
}
