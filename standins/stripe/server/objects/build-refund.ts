// A refund as Stripe creates it: `pending` until it settles (refundSettleMs later).
import type Stripe from "stripe";

import { newId } from "../ids";

export interface NewRefund {
  now: number;
  amount: number;
  charge: Stripe.Charge;
  reason: Stripe.Refund.Reason | null;
  metadata: Record<string, string>;
}

export function buildRefund(input: NewRefund): Stripe.Refund {
  return {
    id: newId("re_"),
    object: "refund",
    amount: input.amount,
    application: null,
    balance_transaction: null,
    charge: input.charge.id,
    created: input.now,
    currency: input.charge.currency,
    customer: null,
    customer_account: null,
    destination_details: {
      type: "card",
      card: { reference_status: "pending", reference_type: "acquirer_reference_number", type: "refund" },
    },
    metadata: input.metadata,
    payment_intent:
      typeof input.charge.payment_intent === "string" ? input.charge.payment_intent : (input.charge.payment_intent?.id ?? null),
    payment_method: input.charge.payment_method,
    reason: input.reason,
    receipt_number: null,
    source_transfer_reversal: null,
    status: "pending",
    transfer_reversal: null,
  };
}
