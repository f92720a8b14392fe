// What happens when the customer submits the payment page (or POST /__standin/checkout/sessions/{id}/pay):
// Stripe's test cards decide. A card pays or is declined at once; a SEPA Direct Debit test IBAN completes the
// session `unpaid` and settles asyncSettleMs later, as Stripe's delayed methods do.
import type Stripe from "stripe";

import { TEST_CARDS, TEST_IBANS, type CardOutcome } from "../../constants";
import { emit, type StripeContext } from "../context";
import { newId } from "../ids";
import type { EventRequest } from "../objects/build-event";
import { buildCharge, buildPaymentIntent } from "../objects/build-payment-intent";
import type { PaymentRecord, SessionRecord } from "../store";

export type PaymentInput =
  { method: "card"; number: string; name?: string | undefined } | { method: "sepa_debit"; iban: string; name?: string | undefined };

/** Stripe's card_error shape, as a PaymentIntent confirmation would answer it (HTTP 402). */
export interface PaymentError {
  type: "card_error" | "invalid_request_error";
  code: string;
  decline_code?: string;
  message: string;
}

export type PaymentOutcome =
  | { outcome: "paid" | "processing" | "no_payment_required"; session: Stripe.Checkout.Session }
  | { outcome: "declined"; session: Stripe.Checkout.Session; error: PaymentError };

export class SessionNotPayableError extends Error {}

export function paySession(ctx: StripeContext, record: SessionRecord, input: PaymentInput, request: EventRequest | null): PaymentOutcome {
  const { session } = record;
  if (session.status !== "open") {
    throw new SessionNotPayableError(
      session.status === "complete" ? "This Checkout Session is already paid." : "This Checkout Session has expired.",
    );
  }
  if (session.amount_total === 0) {
    complete(record, "no_payment_required", input.name ?? null);
    emit(ctx, "checkout.session.completed", session, request);
    return { outcome: "no_payment_required", session };
  }
  const outcome = outcomeOf(input);
  const payment = intentFor(ctx, record, input.method);
  const { intent } = payment;
  const last4 = (input.method === "card" ? input.number : input.iban).slice(-4);
  const charge = buildCharge({
    now: ctx.clock.now(),
    intent,
    paymentMethod: newId("pm_"),
    method: input.method,
    last4,
    status: outcome.kind === "declined" ? "failed" : outcome.kind === "pending" ? "pending" : "succeeded",
    failure: outcome.kind === "declined" ? { code: outcome.code, message: outcome.message } : null,
    billingName: input.name ?? null,
    email: session.customer_email,
  });
  payment.charge = charge;
  ctx.store.chargeIntents.set(charge.id, intent.id);
  intent.latest_charge = charge.id;
  intent.payment_method = charge.payment_method;

  if (outcome.kind === "declined") {
    decline(intent, charge, outcome);
    emit(ctx, "payment_intent.payment_failed", intent, request);
    const error: PaymentError = {
      type: input.method === "card" ? "card_error" : "invalid_request_error",
      code: outcome.code,
      ...(outcome.declineCode ? { decline_code: outcome.declineCode } : {}),
      message: outcome.message,
    };
    return { outcome: "declined", session, error };
  }
  if (outcome.kind === "pending") {
    intent.status = "processing";
    complete(record, "unpaid", input.name ?? null);
    emit(ctx, "payment_intent.processing", intent, request);
    emit(ctx, "checkout.session.completed", session, request);
    ctx.later(ctx.settings.asyncSettleMs, () => settleDelayed(ctx, record, payment, outcome.succeeds));
    return { outcome: "processing", session };
  }
  payment.refundsFail = outcome.refundFails ?? false;
  succeed(intent);
  complete(record, "paid", input.name ?? null);
  emit(ctx, "payment_intent.succeeded", intent, request);
  emit(ctx, "checkout.session.completed", session, request);
  return { outcome: "paid", session };
}

/** An abandoned session's PaymentIntent (left after a decline) is canceled when the session expires. */
export function cancelIntentOf(ctx: StripeContext, record: SessionRecord): void {
  const id = record.session.payment_intent;
  const payment = typeof id === "string" ? ctx.store.payments.get(id) : undefined;
  if (payment && payment.intent.status === "requires_payment_method") {
    payment.intent.status = "canceled";
    payment.intent.canceled_at = ctx.clock.now();
    payment.intent.cancellation_reason = "abandoned";
    emit(ctx, "payment_intent.canceled", payment.intent, null);
  }
}

type Outcome = CardOutcome | { kind: "pending"; succeeds: boolean };

function outcomeOf(input: PaymentInput): Outcome {
  if (input.method === "sepa_debit") {
    const iban = TEST_IBANS[input.iban.replace(/\s+/g, "").toUpperCase()];
    if (!iban)
      return { kind: "declined", code: "invalid_bank_account_iban", declineCode: "", message: "The IBAN you provided is invalid." };
    return { kind: "pending", succeeds: iban.succeeds };
  }
  const card = TEST_CARDS[input.number.replace(/[\s-]+/g, "")];
  return card?.outcome ?? { kind: "declined", code: "incorrect_number", declineCode: "", message: "Your card number is incorrect." };
}

// Stripe creates the session's PaymentIntent at the first attempt and reuses it after a decline.
function intentFor(ctx: StripeContext, record: SessionRecord, method: "card" | "sepa_debit"): PaymentRecord {
  const existing = typeof record.session.payment_intent === "string" ? ctx.store.payments.get(record.session.payment_intent) : undefined;
  if (existing) {
    existing.intent.payment_method_types = [method];
    existing.intent.last_payment_error = null;
    return existing;
  }
  const intent = buildPaymentIntent({
    now: ctx.clock.now(),
    amount: record.session.amount_total ?? 0,
    currency: record.session.currency ?? "usd",
    metadata: record.intentData.metadata,
    description: record.intentData.description,
    receiptEmail: record.session.customer_email,
    method,
  });
  const payment: PaymentRecord = { intent, charge: null, sessionId: record.session.id, refundsFail: false };
  ctx.store.payments.set(intent.id, payment);
  ctx.stats.objects.paymentIntents++;
  record.session.payment_intent = intent.id;
  return payment;
}

function succeed(intent: Stripe.PaymentIntent): void {
  intent.status = "succeeded";
  intent.amount_received = intent.amount;
}

function decline(
  intent: Stripe.PaymentIntent,
  charge: Stripe.Charge,
  outcome: { code: string; declineCode: string; message: string },
): void {
  intent.status = "requires_payment_method";
  intent.last_payment_error = {
    type: "card_error",
    code: outcome.code,
    ...(outcome.declineCode ? { decline_code: outcome.declineCode } : {}),
    message: outcome.message,
    charge: charge.id,
  } as Stripe.PaymentIntent.LastPaymentError;
}

function complete(record: SessionRecord, paymentStatus: Stripe.Checkout.Session.PaymentStatus, name: string | null): void {
  const { session } = record;
  session.status = "complete";
  session.payment_status = paymentStatus;
  session.url = null;
  session.customer_details = {
    address: null,
    business_name: null,
    email: session.customer_email,
    individual_name: null,
    name,
    phone: null,
    tax_exempt: "none",
    tax_ids: [],
  };
}

function settleDelayed(ctx: StripeContext, record: SessionRecord, payment: PaymentRecord, succeeds: boolean): void {
  const { intent, charge } = payment;
  if (succeeds) {
    succeed(intent);
    if (charge) Object.assign(charge, { status: "succeeded", paid: true, captured: true, amount_captured: charge.amount });
    record.session.payment_status = "paid";
    emit(ctx, "payment_intent.succeeded", intent, null);
    emit(ctx, "checkout.session.async_payment_succeeded", record.session, null);
  } else {
    if (charge)
      Object.assign(charge, {
        status: "failed",
        failure_code: "insufficient_funds",
        failure_message: "The account has insufficient funds.",
      });
    intent.status = "requires_payment_method";
    intent.last_payment_error = {
      type: "invalid_request_error",
      code: "payment_intent_payment_attempt_failed",
      message: "The payment failed.",
    } as Stripe.PaymentIntent.LastPaymentError;
    emit(ctx, "payment_intent.payment_failed", intent, null);
    emit(ctx, "checkout.session.async_payment_failed", record.session, null);
  }
}
