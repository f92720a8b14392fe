// Every test card and test IBAN through the control route, refunds that settle or fail, and session expiry by
// the stand-in's clock.
import Stripe from "stripe";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { control, sessionParams, startWithReceiver } from "./support";

let env: Awaited<ReturnType<typeof startWithReceiver>>;
beforeAll(async () => {
  env = await startWithReceiver({ asyncSettleMs: 50, refundSettleMs: 50 });
});
afterAll(() => env.close());

type PayAnswer = {
  outcome: string;
  session: Stripe.Checkout.Session;
  error?: { type: string; code: string; decline_code?: string; message: string };
};

async function pay(body: Record<string, string>) {
  const session = await env.stripe.checkout.sessions.create(sessionParams());
  const answer = await control<PayAnswer>(env.standin, "POST", `/checkout/sessions/${session.id}/pay`, body);
  return { session, answer: answer.body, status: answer.status };
}

const eventsFor = (sessionOrIntent: string) =>
  env.receiver.events.filter(
    (e) =>
      (e.data.object as { id?: string; payment_intent?: unknown }).id === sessionOrIntent ||
      (e.data.object as { payment_intent?: unknown }).payment_intent === sessionOrIntent,
  );

describe("test cards", () => {
  it.each([
    ["4000000000000002", "card_declined", "generic_decline"],
    ["4000000000009995", "card_declined", "insufficient_funds"],
    ["4000000000000069", "expired_card", "expired_card"],
    ["4000000000000127", "incorrect_cvc", "incorrect_cvc"],
  ])("%s is declined (%s / %s) and the session stays open", async (card, code, declineCode) => {
    const { session, answer } = await pay({ card });
    expect(answer.outcome).toBe("declined");
    expect(answer.error).toMatchObject({ type: "card_error", code, decline_code: declineCode });
    const intent = await env.stripe.paymentIntents.retrieve(answer.session.payment_intent as string);
    expect(intent.status).toBe("requires_payment_method");
    expect(intent.last_payment_error?.decline_code).toBe(declineCode);
    await env.receiver.waitFor(() => eventsFor(intent.id).some((e) => e.type === "payment_intent.payment_failed"));
    expect((await env.stripe.checkout.sessions.retrieve(session.id)).status).toBe("open");
  });

  it.each(["4242424242424242", "5555555555554444", "4000000000005126"])("%s pays", async (card) => {
    const { answer } = await pay({ card });
    expect(answer.outcome).toBe("paid");
    expect(answer.session.payment_status).toBe("paid");
  });

  it("a declined session can then be paid, on the same PaymentIntent", async () => {
    const { session, answer } = await pay({ card: "4000000000000002" });
    const retry = await control<PayAnswer>(env.standin, "POST", `/checkout/sessions/${session.id}/pay`, { card: "4242424242424242" });
    expect(retry.body.outcome).toBe("paid");
    expect(retry.body.session.payment_intent).toBe(answer.session.payment_intent);
  });

  it("answers 404 for an unknown session and 400 for a body without a card", async () => {
    expect((await control(env.standin, "POST", "/checkout/sessions/cs_test_nope/pay", { card: "4242424242424242" })).status).toBe(404);
    const session = await env.stripe.checkout.sessions.create(sessionParams());
    expect((await control(env.standin, "POST", `/checkout/sessions/${session.id}/pay`, { cvv: 1 })).status).toBe(400);
  });
});

describe("delayed payments (SEPA Direct Debit test IBANs)", () => {
  it.each([
    ["DE89370400440532013000", "checkout.session.async_payment_succeeded", "paid", "succeeded"],
    ["DE62370400440532013001", "checkout.session.async_payment_failed", "unpaid", "requires_payment_method"],
  ])("%s completes unpaid, then %s", async (iban, settledType, paymentStatus, intentStatus) => {
    const { session, answer } = await pay({ iban });
    expect(answer.outcome).toBe("processing");
    const events = await env.receiver.waitFor(() => eventsFor(session.id).some((e) => e.type === settledType));
    const completed = events.find(
      (e) => e.type === "checkout.session.completed" && e.data.object.id === session.id,
    ) as Stripe.CheckoutSessionCompletedEvent;
    expect(completed.data.object.payment_status).toBe("unpaid");
    const after = await env.stripe.checkout.sessions.retrieve(session.id, { expand: ["payment_intent"] });
    expect(after.payment_status).toBe(paymentStatus);
    expect((after.payment_intent as Stripe.PaymentIntent).status).toBe(intentStatus);
  });
});

describe("refunds", () => {
  it("emits refund.created and charge.refunded at once, refund.updated when it settles", async () => {
    const { answer } = await pay({ card: "4242424242424242" });
    const intent = answer.session.payment_intent as string;
    const refund = await env.stripe.refunds.create({ payment_intent: intent, amount: 500 }, { idempotencyKey: `refund:${intent}` });
    await env.receiver.waitFor((all) => all.some((e) => e.type === "refund.updated" && e.data.object.id === refund.id));
    const types = env.receiver.events
      .filter(
        (e) =>
          (e.data.object as { id?: string }).id === refund.id ||
          (e.type === "charge.refunded" && (e.data.object as Stripe.Charge).payment_intent === intent),
      )
      .map((e) => e.type);
    expect(types).toEqual(["refund.created", "charge.refunded", "refund.updated"]);
    const charge = env.receiver.events.find(
      (e) => e.type === "charge.refunded" && (e.data.object as Stripe.Charge).payment_intent === intent,
    )!.data.object as Stripe.Charge;
    expect(charge.amount_refunded).toBe(500);
    expect(charge.refunded).toBe(false);
  });

  it("a refund of 4000 0000 0000 5126 fails when it settles (refund.failed), freeing the amount again", async () => {
    const { answer } = await pay({ card: "4000000000005126" });
    const intent = answer.session.payment_intent as string;
    const refund = await env.stripe.refunds.create({ payment_intent: intent });
    await env.receiver.waitFor((all) => all.some((e) => e.type === "refund.failed" && e.data.object.id === refund.id));
    const failed = await env.stripe.refunds.retrieve(refund.id);
    expect(failed.status).toBe("failed");
    expect(failed.failure_reason).toBe("expired_or_canceled_card");
    expect((await env.stripe.refunds.create({ payment_intent: intent })).amount).toBe(2997);
  });

  it("refuses a refund of an unpaid or unknown PaymentIntent", async () => {
    const { answer } = await pay({ card: "4000000000000002" });
    const unpaid = await env.stripe.refunds.create({ payment_intent: answer.session.payment_intent as string }).catch((e: unknown) => e);
    expect(unpaid).toBeInstanceOf(Stripe.errors.StripeInvalidRequestError);
    const unknown = await env.stripe.refunds.create({ payment_intent: "pi_nope" }).catch((e: unknown) => e);
    expect((unknown as Stripe.errors.StripeError).statusCode).toBe(404);
    expect((unknown as Stripe.errors.StripeError).code).toBe("resource_missing");
  });
});

describe("session expiry", () => {
  it("expires open sessions at expires_at when the clock passes it", async () => {
    const session = await env.stripe.checkout.sessions.create(sessionParams());
    const advanced = await control<{ expired: number }>(env.standin, "POST", "/clock/advance", { seconds: 32 * 60 });
    expect(advanced.body.expired).toBeGreaterThanOrEqual(1);
    await env.receiver.waitFor((all) => all.some((e) => e.type === "checkout.session.expired" && e.data.object.id === session.id));
    expect((await env.stripe.checkout.sessions.retrieve(session.id)).status).toBe("expired");
    const expiredList = await env.stripe.checkout.sessions.list({ status: "expired", limit: 100 });
    expect(expiredList.data.map((s) => s.id)).toContain(session.id);
  });
});
