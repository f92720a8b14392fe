import { getDb } from "@/lib/accounts-db/get-db";
import { AppError } from "@/lib/errors/app-error";
import { retrieveCheckoutSession } from "@/lib/stripe/checkout-sessions";
import { StripeGatewayError } from "@/lib/stripe/stripe-gateway-error";

import { fulfillFromSession, type FulfillOutcome } from "../orders/fulfill-order";
import { withGateway } from "../with-gateway";

/**
 * The success page's half of the race with the webhook (Stripe recommends both): the buyer lands on
 * /orders/{id}?checkout=success&session_id=… and this runs the same fulfilment the webhook job runs, so the
 * order shows paid without waiting for the webhook, and whichever comes second is a no-op. The order must be
 * the user's and the session the order's (as Stripe says, not as the URL says), else AppError("not_found").
 */
export async function confirmCheckoutReturn(orderId: string, userId: string, sessionId: string): Promise<FulfillOutcome> {
  const db = await getDb();
  const order = await db.order.findFirst({ where: { id: orderId, userId }, select: { id: true } });
  if (!order || !/^cs_[A-Za-z0-9_]{1,250}$/.test(sessionId)) throw new AppError("not_found", "No such order.");
  // No such session at Stripe is as good as a wrong one; Stripe being down is a 503 the page may retry.
  const session = await withGateway(() =>
    retrieveCheckoutSession(sessionId).catch((error: unknown) => {
      if (error instanceof StripeGatewayError && error.kind === "rejected") return null;
      throw error;
    }),
  );
  if (!session || session.orderId !== order.id) throw new AppError("not_found", "No such order.");
  return fulfillFromSession(session);
}
