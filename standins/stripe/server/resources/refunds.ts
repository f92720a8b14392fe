// /v1/refunds: full and partial refunds of a PaymentIntent's charge. A refund is created `pending` and
// settles refundSettleMs later to `succeeded` (or `failed` for a charge made with 4000 0000 0000 5126).
import type Stripe from "stripe";
import { z } from "zod";

import type { ApiRequest } from "../api-request";
import { emit, type StripeContext } from "../context";
import { expandObject } from "../expand";
import { listOf, matchesCreated } from "../lists";
import { formatMinor } from "../money";
import { buildRefund } from "../objects/build-refund";
import { createdFilter, expand, int, listParams, metadata, parseParams, str } from "../params";
import type { PaymentRecord } from "../store";
import { invalidRequest, noSuch, paramError } from "../stripe-error";

const createSchema = z.strictObject({
  payment_intent: str().optional(),
  charge: str().optional(),
  amount: int(1).optional(),
  reason: z.enum(["duplicate", "fraudulent", "requested_by_customer"]).optional(),
  metadata: metadata().optional(),
  expand: expand(),
});

const listSchema = z.strictObject({
  ...listParams,
  created: createdFilter().optional(),
  payment_intent: str().optional(),
  charge: str().optional(),
});

export function createRefund({ ctx, params, eventRequest }: ApiRequest): unknown {
  const p = parseParams(createSchema, params);
  const payment = paymentOf(ctx, p.payment_intent, p.charge);
  const charge = payment.charge;
  if (payment.intent.status !== "succeeded" || !charge || charge.status !== "succeeded") {
    throw invalidRequest(
      `This PaymentIntent (${payment.intent.id}) does not have a successful charge to refund.`,
      "payment_intent",
      "charge_not_refundable",
    );
  }
  const remaining = charge.amount - charge.amount_refunded;
  if (remaining <= 0) throw invalidRequest(`Charge ${charge.id} has already been refunded.`, undefined, "charge_already_refunded");
  const amount = p.amount ?? remaining;
  if (amount > remaining) {
    throw paramError(
      `Refund amount (${formatMinor(amount, charge.currency)}) is greater than unrefunded amount on charge (${formatMinor(remaining, charge.currency)})`,
      "amount",
      "amount_too_large",
    );
  }
  const refund = buildRefund({ now: ctx.clock.now(), amount, charge, reason: p.reason ?? null, metadata: p.metadata ?? {} });
  ctx.store.refunds.set(refund.id, refund);
  ctx.stats.objects.refunds++;
  charge.amount_refunded += amount;
  charge.refunded = charge.amount_refunded === charge.amount;
  emit(ctx, "refund.created", refund, eventRequest);
  emit(ctx, "charge.refunded", charge, eventRequest);
  ctx.later(ctx.settings.refundSettleMs, () => settleRefund(ctx, refund, payment));
  return expandObject(ctx, refund, p.expand);
}

export function retrieveRefund({ ctx, params }: ApiRequest, [id]: string[]): unknown {
  const p = parseParams(z.strictObject({ expand: expand() }), params);
  const refund = ctx.store.refunds.get(id!);
  if (!refund) throw noSuch("refund", id!, "refund");
  return expandObject(ctx, refund, p.expand);
}

export function listRefunds({ ctx, params }: ApiRequest): unknown {
  const p = parseParams(listSchema, params);
  const matching = [...ctx.store.refunds.values()]
    .reverse()
    .filter(
      (r) =>
        matchesCreated(r.created, p.created) &&
        (p.payment_intent === undefined || r.payment_intent === p.payment_intent) &&
        (p.charge === undefined || r.charge === p.charge),
    );
  return expandObject(ctx, listOf(matching, p, "/v1/refunds"), p.expand);
}

function paymentOf(ctx: StripeContext, intentId: string | undefined, chargeId: string | undefined): PaymentRecord {
  if (intentId === undefined && chargeId === undefined) {
    throw invalidRequest(
      "One of the following params should be provided for this request: payment_intent or charge.",
      undefined,
      "parameter_missing",
    );
  }
  const id = intentId ?? ctx.store.chargeIntents.get(chargeId!);
  const payment = id ? ctx.store.payments.get(id) : undefined;
  if (!payment) throw intentId ? noSuch("payment_intent", intentId, "payment_intent") : noSuch("charge", chargeId!, "charge");
  return payment;
}

function settleRefund(ctx: StripeContext, refund: Stripe.Refund, payment: PaymentRecord): void {
  if (refund.status !== "pending") return;
  if (payment.refundsFail) {
    refund.status = "failed";
    refund.failure_reason = "expired_or_canceled_card";
    if (payment.charge) {
      payment.charge.amount_refunded -= refund.amount;
      payment.charge.refunded = false;
    }
    emit(ctx, "refund.failed", refund, null);
    emit(ctx, "refund.updated", refund, null);
    return;
  }
  refund.status = "succeeded";
  refund.balance_transaction = `txn_${refund.id.slice(3)}`;
  emit(ctx, "refund.updated", refund, null);
}
