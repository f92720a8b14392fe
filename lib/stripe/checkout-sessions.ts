// Checkout Sessions through the official client: create (inline price_data, our idempotency key), retrieve
// (the webhook job's source of truth, line items and PaymentIntent expanded), expire, and list recent ones
// (reconciliation). Amounts cross here, and only here, as Stripe's minor units.
import { toStripeMinorUnits } from "@/lib/money";

import { getStripe } from "./get-stripe";
import { callStripe } from "./stripe-gateway-error";
import { toCheckoutSessionView, type CheckoutSessionView } from "./stripe-objects";

export interface CheckoutSessionLine {
  title: string;
  /** What the buyer pays for the line, a decimal string ("12.99"). */
  amount: string;
}

export interface CreateCheckoutSessionInput {
  orderId: string;
  currency: string;
  lines: readonly CheckoutSessionLine[];
  customerEmail: string | null;
  expiresAt: Date;
  successUrl: string;
  cancelUrl: string;
  idempotencyKey: string;
}

export async function createCheckoutSession(input: CreateCheckoutSessionInput): Promise<CheckoutSessionView> {
  const stripe = await getStripe();
  const currency = input.currency.toLowerCase();
  const session = await callStripe("create a Checkout Session", () =>
    stripe.checkout.sessions.create(
      {
        mode: "payment",
        line_items: input.lines.map((line) => ({
          quantity: 1,
          price_data: { currency, unit_amount: toStripeMinorUnits(line.amount, input.currency), product_data: { name: line.title } },
        })),
        client_reference_id: input.orderId,
        metadata: { order_id: input.orderId },
        payment_intent_data: { metadata: { order_id: input.orderId } },
        ...(input.customerEmail ? { customer_email: input.customerEmail } : {}),
        expires_at: Math.floor(input.expiresAt.getTime() / 1000),
        success_url: input.successUrl,
        cancel_url: input.cancelUrl,
      },
      { idempotencyKey: input.idempotencyKey },
    ),
  );
  return toCheckoutSessionView(session);
}

/** The session as Stripe holds it now; events are notifications, this is the state. */
export async function retrieveCheckoutSession(sessionId: string): Promise<CheckoutSessionView> {
  const stripe = await getStripe();
  const session = await callStripe("retrieve a Checkout Session", () =>
    stripe.checkout.sessions.retrieve(sessionId, { expand: ["line_items", "payment_intent"] }),
  );
  return toCheckoutSessionView(session);
}

/** Expires an open session (the buyer cancelled); idempotent through `expire:{sessionId}`. */
export async function expireCheckoutSession(sessionId: string): Promise<CheckoutSessionView> {
  const stripe = await getStripe();
  const session = await callStripe("expire a Checkout Session", () =>
    stripe.checkout.sessions.expire(sessionId, {}, { idempotencyKey: `expire:${sessionId}` }),
  );
  return toCheckoutSessionView(session);
}

/** Sessions created since `since`, newest first, at most `limit` (auto-paginated). */
export async function listRecentCheckoutSessions(since: Date, limit = 1_000): Promise<CheckoutSessionView[]> {
  const stripe = await getStripe();
  const sessions = await callStripe("list Checkout Sessions", () =>
    stripe.checkout.sessions.list({ created: { gte: Math.floor(since.getTime() / 1000) }, limit: 100 }).autoPagingToArray({ limit }),
  );
  return sessions.map(toCheckoutSessionView);
}

/** The order a PaymentIntent was made for (payment_intent_data.metadata.order_id); null when not ours. */
export async function retrievePaymentIntentOrderId(paymentIntentId: string): Promise<string | null> {
  const stripe = await getStripe();
  const intent = await callStripe("retrieve a PaymentIntent", () => stripe.paymentIntents.retrieve(paymentIntentId));
  return intent.metadata?.order_id ?? null;
}

/** The Checkout Session that made a PaymentIntent, if any. */
export async function findCheckoutSessionOfPaymentIntent(paymentIntentId: string): Promise<CheckoutSessionView | null> {
  const stripe = await getStripe();
  const page = await callStripe("list Checkout Sessions", () =>
    stripe.checkout.sessions.list({ payment_intent: paymentIntentId, limit: 1 }),
  );
  return page.data[0] ? toCheckoutSessionView(page.data[0]) : null;
}
