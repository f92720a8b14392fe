// The buyer gives up on a pending order: its Checkout Session is expired at Stripe (so it can no longer be
// paid), then the same closing path as the checkout.session.expired webhook runs: order expired, cart restored.
// If Stripe says the session was paid meanwhile, the order is fulfilled instead and the cancel is refused.
import { getDb } from "@/lib/accounts-db/get-db";
import { AppError } from "@/lib/errors/app-error";
import { appendOutboxEvent } from "@/lib/events/outbox/append-outbox-event";
import { expireCheckoutSession, retrieveCheckoutSession } from "@/lib/stripe/checkout-sessions";
import { StripeGatewayError } from "@/lib/stripe/stripe-gateway-error";

import { storeTransaction } from "../store-transaction";
import { withGateway } from "../with-gateway";
import { closeFromSession } from "./close-unpaid-order";
import { getOrderForUser, type OrderDetailJson } from "./get-order-for-user";
import { orderFacts } from "./order-event-facts";
import { restoreOrderCart } from "./restore-order-cart";
import { transitionOrder } from "./transition-order";

export async function cancelOrder(orderId: string, userId: string): Promise<OrderDetailJson> {
  const db = await getDb();
  const order = await db.order.findFirst({ where: { id: orderId, userId }, include: { lines: true } });
  if (!order) throw new AppError("not_found", "No such order.");
  if (order.status !== "pending_payment")
    throw new AppError("order_not_pending", "Only an order awaiting payment can be cancelled.", { status: order.status });
  if (order.checkoutSessionId) {
    const session = await withGateway(() => expireOrRead(order.checkoutSessionId!), { order_id: order.id });
    await closeFromSession(session);
  } else {
    // No session was ever opened (the gateway was down at checkout): nothing at Stripe to stop.
    await storeTransaction(async (tx) => {
      if (!(await transitionOrder(tx, order.id, "expired", { expiredAt: new Date() }))) return;
      await restoreOrderCart(tx, order);
      await appendOutboxEvent(tx, "order.expired", order.id, orderFacts(order));
    });
  }
  const after = await getOrderForUser(orderId, userId);
  if (after.status !== "expired")
    throw new AppError("order_not_pending", "This order was paid before it could be cancelled.", { status: after.status });
  return after;
}

// Expiring a session that completed or expired already is refused by Stripe; its state then decides.
async function expireOrRead(sessionId: string) {
  try {
    return await expireCheckoutSession(sessionId);
  } catch (error) {
    if (error instanceof StripeGatewayError && error.kind === "rejected") return retrieveCheckoutSession(sessionId);
    throw error;
  }
}
