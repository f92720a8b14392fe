// The PaymentIntent and Charge a Checkout Session creates when the customer submits the payment page.
import type Stripe from "stripe";

import { newId } from "../ids";

export interface NewPaymentIntent {
  now: number;
  amount: number;
  currency: string;
  metadata: Record<string, string>;
  description: string | null;
  receiptEmail: string | null;
  method: "card" | "sepa_debit";
}

export function buildPaymentIntent(input: NewPaymentIntent): Stripe.PaymentIntent {
  const id = newId("pi_");
  return {
    id,
    object: "payment_intent",
    allowed_payment_method_types: null,
    amount: input.amount,
    amount_capturable: 0,
    amount_details: { tip: {} },
    amount_received: 0,
    application: null,
    application_fee_amount: null,
    automatic_payment_methods: null,
    canceled_at: null,
    cancellation_reason: null,
    capture_method: "automatic_async",
    client_secret: `${id}_secret_${newId("pm_").slice(3)}`,
    confirmation_method: "automatic",
    created: input.now,
    currency: input.currency,
    customer: null,
    customer_account: null,
    description: input.description,
    excluded_payment_method_types: null,
    last_payment_error: null,
    latest_charge: null,
    livemode: false,
    managed_payments: null,
    metadata: input.metadata,
    next_action: null,
    on_behalf_of: null,
    payment_method: null,
    payment_method_configuration_details: null,
    payment_method_options: {},
    payment_method_types: [input.method],
    payment_record: null,
    processing: null,
    receipt_email: input.receiptEmail,
    review: null,
    setup_future_usage: null,
    shipping: null,
    source: null,
    statement_descriptor: null,
    statement_descriptor_suffix: null,
    status: "requires_payment_method",
    transfer_group: null,
  };
}

export interface NewCharge {
  now: number;
  intent: Stripe.PaymentIntent;
  paymentMethod: string;
  method: "card" | "sepa_debit";
  /** Card brand and last four, or the IBAN's last four. */
  last4: string;
  status: Stripe.Charge.Status;
  failure: { code: string; message: string } | null;
  billingName: string | null;
  email: string | null;
}

export function buildCharge(input: NewCharge): Stripe.Charge {
  const succeeded = input.status === "succeeded";
  const id = newId("ch_");
  const details: Stripe.Charge.PaymentMethodDetails =
    input.method === "card"
      ? ({
          type: "card",
          card: { brand: "visa", last4: input.last4, exp_month: 12, exp_year: 2034, country: "US", funding: "credit" },
        } as Stripe.Charge.PaymentMethodDetails)
      : ({
          type: "sepa_debit",
          sepa_debit: { last4: input.last4, country: "DE", bank_code: "37040044" },
        } as Stripe.Charge.PaymentMethodDetails);
  return {
    id,
    object: "charge",
    amount: input.intent.amount,
    amount_captured: succeeded ? input.intent.amount : 0,
    amount_refunded: 0,
    application: null,
    application_fee: null,
    application_fee_amount: null,
    balance_transaction: succeeded ? `txn_${id.slice(3)}` : null,
    billing_details: { address: null, email: input.email, name: input.billingName, phone: null, tax_id: null },
    calculated_statement_descriptor: "QUESTLOG",
    captured: succeeded,
    created: input.now,
    currency: input.intent.currency,
    customer: null,
    description: input.intent.description,
    disputed: false,
    failure_balance_transaction: null,
    failure_code: input.failure?.code ?? null,
    failure_message: input.failure?.message ?? null,
    fraud_details: {},
    livemode: false,
    metadata: input.intent.metadata,
    on_behalf_of: null,
    outcome: {
      advice_code: null,
      network_advice_code: null,
      network_decline_code: null,
      network_status: input.failure ? "declined_by_network" : "approved_by_network",
      reason: input.failure?.code ?? null,
      risk_level: "normal",
      seller_message: input.failure ? "The bank did not return any further details with this decline." : "Payment complete.",
      type: input.failure ? "issuer_declined" : "authorized",
    },
    paid: succeeded,
    payment_intent: input.intent.id,
    payment_method: input.paymentMethod,
    payment_method_details: details,
    receipt_email: input.email,
    receipt_number: null,
    receipt_url: null,
    refunded: false,
    review: null,
    shipping: null,
    source: null,
    source_transfer: null,
    statement_descriptor: null,
    statement_descriptor_suffix: null,
    status: input.status,
    transfer_data: null,
    transfer_group: null,
  };
}
