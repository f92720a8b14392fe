// The Stripe adapter on its own: configuration (a half one is refused at boot), zero-config (the stand-in as a
// child process, its key and webhook secret used by the official client over the network), webhook
// verification, and the reshaping of Stripe's objects into ours.
import Stripe from "stripe";
import { afterAll, describe, expect, it } from "vitest";

import { stripeConfigProblem } from "@/lib/env";
import { createCheckoutSession, retrieveCheckoutSession } from "@/lib/stripe/checkout-sessions";
import { closeStripeConnection, getStripeConnection } from "@/lib/stripe/get-stripe";
import { toCheckoutSessionView, toRefundView } from "@/lib/stripe/stripe-objects";
import { verifyWebhookEvent, WebhookSignatureError } from "@/lib/stripe/verify-webhook-event";
import { setTestEnv } from "@/tests/support/with-env";

describe("stripeConfigProblem", () => {
  it.each([
    [{}, null],
    [{ STRIPE_SECRET_KEY: "sk_test_x", STRIPE_WEBHOOK_SECRET: "whsec_x" }, null],
    [{ STRIPE_SECRET_KEY: "sk_test_x", STRIPE_WEBHOOK_SECRET: "whsec_x", STRIPE_API_URL: "http://127.0.0.1:1" }, null],
    [{ STRIPE_SECRET_KEY: "sk_test_x" }, /without STRIPE_WEBHOOK_SECRET/],
    [{ STRIPE_WEBHOOK_SECRET: "whsec_x" }, /without STRIPE_SECRET_KEY/],
    [{ STRIPE_API_URL: "http://127.0.0.1:1" }, /STRIPE_API_URL is set without/],
  ])("%j → %s", (env, expected) => {
    const problem = stripeConfigProblem(env);
    if (expected === null) expect(problem).toBeNull();
    else expect(problem).toMatch(expected);
  });
});

describe("zero-config", () => {
  let restore: (() => void) | undefined;
  afterAll(async () => {
    await closeStripeConnection();
    restore?.();
  });

  it("starts the stand-in as a child process and the official client talks to it", async () => {
    restore = setTestEnv({ STRIPE_SECRET_KEY: "", STRIPE_WEBHOOK_SECRET: "", STRIPE_API_URL: "", STRIPE_STANDIN_PORT: "0", PORT: "3999" });
    const connection = await getStripeConnection();
    expect(connection.mode).toBe("standin");
    expect(connection.standinUrl).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(connection.webhookSecret).toMatch(/^whsec_/);
    const session = await createCheckoutSession({
      orderId: "order_zero_config",
      currency: "JPY",
      lines: [{ title: "Chrono Trigger", amount: "1980.00" }],
      customerEmail: "buyer@example.test",
      expiresAt: new Date(Date.now() + 31 * 60_000),
      successUrl: "http://localhost:3999/orders/x?session_id={CHECKOUT_SESSION_ID}",
      cancelUrl: "http://localhost:3999/cart",
      idempotencyKey: "checkout:order_zero_config:1",
    });
    expect(session).toMatchObject({
      orderId: "order_zero_config",
      currency: "JPY",
      amountTotal: 1980,
      status: "open",
      paymentStatus: "unpaid",
    });
    expect(session.url).toBe(`${connection.standinUrl}/c/pay/${session.id}`);
    expect((await retrieveCheckoutSession(session.id)).id).toBe(session.id);
  });
});

describe("verifyWebhookEvent", () => {
  const secret = "whsec_test_secret_value";
  const signer = new Stripe("sk_test_signer");
  const payload = JSON.stringify({
    id: "evt_1",
    object: "event",
    type: "charge.refunded",
    created: 1_700_000_000,
    data: { object: { id: "ch_1", object: "charge", payment_intent: "pi_1" } },
  });

  it("returns our own view of a correctly signed event", () => {
    const event = verifyWebhookEvent(payload, signer.webhooks.generateTestHeaderString({ payload, secret }), secret);
    expect(event).toEqual({
      id: "evt_1",
      type: "charge.refunded",
      objectType: "charge",
      objectId: "ch_1",
      paymentIntentId: "pi_1",
      createdAt: new Date(1_700_000_000_000),
    });
  });

  it.each([
    ["a missing header", null],
    ["another secret", signer.webhooks.generateTestHeaderString({ payload, secret: "whsec_other" })],
    ["a stale timestamp", signer.webhooks.generateTestHeaderString({ payload, secret, timestamp: Math.floor(Date.now() / 1000) - 301 })],
  ])("refuses %s", (_name, header) => {
    expect(() => verifyWebhookEvent(payload, header, secret)).toThrow(WebhookSignatureError);
  });

  it("accepts a timestamp just inside the 300 s tolerance", () => {
    const header = signer.webhooks.generateTestHeaderString({ payload, secret, timestamp: Math.floor(Date.now() / 1000) - 290 });
    expect(verifyWebhookEvent(payload, header, secret).id).toBe("evt_1");
  });
});

describe("reshaping", () => {
  it("reads a session's order id from metadata, else client_reference_id, and the expanded PaymentIntent", () => {
    const base = {
      id: "cs_1",
      object: "checkout.session",
      status: "complete",
      payment_status: "paid",
      amount_total: 1999,
      currency: "usd",
      expires_at: 1,
      created: 1,
    };
    expect(
      toCheckoutSessionView({ ...base, metadata: { order_id: "o1" }, client_reference_id: "o2", payment_intent: "pi_1" }),
    ).toMatchObject({
      orderId: "o1",
      paymentIntentId: "pi_1",
      paymentIntentStatus: null,
      currency: "USD",
    });
    expect(
      toCheckoutSessionView({ ...base, metadata: {}, client_reference_id: "o2", payment_intent: { id: "pi_2", status: "processing" } }),
    ).toMatchObject({
      orderId: "o2",
      paymentIntentId: "pi_2",
      paymentIntentStatus: "processing",
    });
    expect(() => toCheckoutSessionView({ ...base, payment_status: "mystery" })).toThrow();
  });

  it("counts a refund that requires action as pending", () => {
    expect(
      toRefundView({ id: "re_1", object: "refund", amount: 100, currency: "eur", status: "requires_action", created: 1 }),
    ).toMatchObject({
      status: "pending",
      currency: "EUR",
      refundRequestId: null,
    });
  });
});
