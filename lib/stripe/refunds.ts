// Refunds through the official client: create with our idempotency key (refund:{refund row id}, so a retried
// request cannot refund twice), retrieve (the webhook job's source of truth), list recent ones (reconciliation).
import { toStripeMinorUnits } from "@/lib/money";

import { getStripe } from "./get-stripe";
import { callStripe } from "./stripe-gateway-error";
import { toRefundView, type RefundView } from "./stripe-objects";

export interface CreateRefundInput {
  refundRequestId: string;
  paymentIntentId: string;
  /** Decimal string; null refunds what is left of the charge. */
  amount: string | null;
  currency: string;
  /** Our reason code; only Stripe's own (duplicate, fraudulent) are passed on as such. */
  reason?: string;
}

const STRIPE_REASONS = new Set(["duplicate", "fraudulent", "requested_by_customer"]);

export async function createRefund(input: CreateRefundInput): Promise<RefundView> {
  const stripe = await getStripe();
  const refund = await callStripe("create a refund", () =>
    stripe.refunds.create(
      {
        payment_intent: input.paymentIntentId,
        ...(input.amount === null ? {} : { amount: toStripeMinorUnits(input.amount, input.currency) }),
        reason: (input.reason && STRIPE_REASONS.has(input.reason) ? input.reason : "requested_by_customer") as
          "duplicate" | "fraudulent" | "requested_by_customer",
        metadata: { refund_id: input.refundRequestId },
      },
      { idempotencyKey: `refund:${input.refundRequestId}` },
    ),
  );
  return toRefundView(refund);
}

export async function retrieveRefund(refundId: string): Promise<RefundView> {
  const stripe = await getStripe();
  return toRefundView(await callStripe("retrieve a refund", () => stripe.refunds.retrieve(refundId)));
}

/** The refunds of one PaymentIntent (a charge.refunded event names the charge's intent, not the refund). */
export async function listRefundsOfPaymentIntent(paymentIntentId: string): Promise<RefundView[]> {
  const stripe = await getStripe();
  const refunds = await callStripe("list refunds", () =>
    stripe.refunds.list({ payment_intent: paymentIntentId, limit: 100 }).autoPagingToArray({ limit: 1_000 }),
  );
  return refunds.map(toRefundView);
}

/** Refunds created since `since` (reconciliation). */
export async function listRecentRefunds(since: Date, limit = 1_000): Promise<RefundView[]> {
  const stripe = await getStripe();
  const refunds = await callStripe("list refunds", () =>
    stripe.refunds.list({ created: { gte: Math.floor(since.getTime() / 1000) }, limit: 100 }).autoPagingToArray({ limit }),
  );
  return refunds.map(toRefundView);
}
