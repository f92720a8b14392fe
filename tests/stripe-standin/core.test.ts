// The core flow with the real stripe client over the network: sessions, pay via the control route, signed
// webhooks, refunds, events, idempotency.
import Stripe from "stripe";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { control, sessionParams, startWithReceiver } from "./support";

let env: Awaited<ReturnType<typeof startWithReceiver>>;
beforeAll(async () => {
  env = await startWithReceiver({ refundSettleMs: 50 });
});
afterAll(() => env.close());

describe("checkout sessions", () => {
  it("creates a session with Stripe's shape, substituting {CHECKOUT_SESSION_ID}", async () => {
    const session = await env.stripe.checkout.sessions.create(sessionParams());
    expect(session.id).toMatch(/^cs_test_[A-Za-z0-9]{58}$/);
    expect(session.object).toBe("checkout.session");
    expect(session.status).toBe("open");
    expect(session.payment_status).toBe("unpaid");
    expect(session.amount_total).toBe(1999 + 2 * 499);
    expect(session.currency).toBe("usd");
    expect(session.url).toBe(`${env.standin.url}/c/pay/${session.id}`);
    expect(session.success_url).toBe(`http://shop.test/orders/o1?session_id=${session.id}`);
    expect(session.metadata).toEqual({ order_id: "o1" });
    expect(session.lastResponse.requestId).toMatch(/^req_/);
  });

  it("retrieves with line_items and payment_intent expanded, and lists line items", async () => {
    const created = await env.stripe.checkout.sessions.create(sessionParams());
    await control(env.standin, "POST", `/checkout/sessions/${created.id}/pay`, { card: "4242424242424242" });
    const session = await env.stripe.checkout.sessions.retrieve(created.id, { expand: ["line_items", "payment_intent"] });
    expect(session.line_items?.data.map((i) => [i.description, i.quantity, i.amount_total])).toEqual([
      ["Chrono Trigger", 1, 1999],
      ["Tetris", 2, 998],
    ]);
    const intent = session.payment_intent as Stripe.PaymentIntent;
    expect(intent.object).toBe("payment_intent");
    expect(intent.status).toBe("succeeded");
    expect(intent.amount_received).toBe(2997);
    expect(intent.metadata).toEqual({ order_id: "o1" });
    const items = await env.stripe.checkout.sessions.listLineItems(created.id, { limit: 1 });
    expect(items.data).toHaveLength(1);
    expect(items.has_more).toBe(true);
  });

  it("expires an open session and refuses to expire it twice", async () => {
    const created = await env.stripe.checkout.sessions.create(sessionParams());
    const expired = await env.stripe.checkout.sessions.expire(created.id);
    expect(expired.status).toBe("expired");
    await expect(env.stripe.checkout.sessions.expire(created.id)).rejects.toBeInstanceOf(Stripe.errors.StripeInvalidRequestError);
    await env.receiver.waitFor((events) => events.some((e) => e.type === "checkout.session.expired" && e.data.object.id === created.id));
  });

  it("refuses unknown parameters and bad expires_at with Stripe's 400 and param", async () => {
    const unknown = await env.stripe.checkout.sessions
      .create({ ...sessionParams(), bogus: "x" } as Stripe.Checkout.SessionCreateParams)
      .catch((e: unknown) => e);
    expect(unknown).toBeInstanceOf(Stripe.errors.StripeInvalidRequestError);
    expect((unknown as Stripe.errors.StripeError).param).toBe("bogus");
    const soon = await env.stripe.checkout.sessions
      .create(sessionParams({ expires_at: Math.floor(Date.now() / 1000) + 60 }))
      .catch((e: unknown) => e);
    expect((soon as Stripe.errors.StripeError).param).toBe("expires_at");
    const badAmount = await env.stripe.checkout.sessions
      .create(
        sessionParams({
          line_items: [
            { price_data: { currency: "usd", unit_amount: "x" as unknown as number, product_data: { name: "A" } }, quantity: 1 },
          ],
        }),
      )
      .catch((e: unknown) => e);
    expect((badAmount as Stripe.errors.StripeError).param).toBe("line_items[0][price_data][unit_amount]");
  });

  it("answers a wrong key with 401 (StripeAuthenticationError)", async () => {
    const wrong = new Stripe("sk_test_wrong", { host: "127.0.0.1", port: env.standin.port, protocol: "http", maxNetworkRetries: 0 });
    await expect(wrong.checkout.sessions.list()).rejects.toBeInstanceOf(Stripe.errors.StripeAuthenticationError);
  });

  it("passes zero-decimal JPY amounts through unchanged", async () => {
    const session = await env.stripe.checkout.sessions.create(
      sessionParams({
        line_items: [{ price_data: { currency: "JPY", unit_amount: 4980, product_data: { name: "Mother 3" } }, quantity: 1 }],
      }),
    );
    expect(session.currency).toBe("jpy");
    expect(session.amount_total).toBe(4980);
  });
});

describe("payment, webhooks and refunds", () => {
  it("pays with 4242, delivers signed events, and refunds in part then in full", async () => {
    const created = await env.stripe.checkout.sessions.create(sessionParams());
    const paid = await control<{ outcome: string; session: Stripe.Checkout.Session }>(
      env.standin,
      "POST",
      `/checkout/sessions/${created.id}/pay`,
      {
        card: "4242424242424242",
      },
    );
    expect(paid.body.outcome).toBe("paid");
    const events = await env.receiver.waitFor((all) =>
      all.some((e) => e.type === "checkout.session.completed" && e.data.object.id === created.id),
    );
    const completed = events.find(
      (e) => e.type === "checkout.session.completed" && e.data.object.id === created.id,
    ) as Stripe.CheckoutSessionCompletedEvent;
    expect(completed.data.object.payment_status).toBe("paid");
    expect(completed.api_version).toBe(Stripe.API_VERSION);
    expect(completed.livemode).toBe(false);

    const intentId = paid.body.session.payment_intent as string;
    const partial = await env.stripe.refunds.create({ payment_intent: intentId, amount: 1000 });
    expect(partial.status).toBe("pending");
    const over = await env.stripe.refunds.create({ payment_intent: intentId, amount: 5000 }).catch((e: unknown) => e);
    expect(over).toBeInstanceOf(Stripe.errors.StripeInvalidRequestError);
    expect((over as Stripe.errors.StripeError).param).toBe("amount");
    const rest = await env.stripe.refunds.create({ payment_intent: intentId, reason: "requested_by_customer" });
    expect(rest.amount).toBe(2997 - 1000);
    const again = await env.stripe.refunds.create({ payment_intent: intentId }).catch((e: unknown) => e);
    expect((again as Stripe.errors.StripeError).code).toBe("charge_already_refunded");
    await env.receiver.waitFor((all) => all.filter((e) => e.type === "refund.updated").length >= 2);
    expect((await env.stripe.refunds.retrieve(partial.id)).status).toBe("succeeded");
    const listed = await env.stripe.refunds.list({ payment_intent: intentId });
    expect(listed.data.map((r) => r.id)).toEqual([rest.id, partial.id]);
  });

  it("retrieves and lists events by type", async () => {
    const list = await env.stripe.events.list({ type: "checkout.session.completed", limit: 100 });
    expect(list.data.length).toBeGreaterThan(0);
    expect(list.data.every((e) => e.type === "checkout.session.completed")).toBe(true);
    const one = await env.stripe.events.retrieve(list.data[0]!.id);
    expect(one.id).toBe(list.data[0]!.id);
    const viaControl = await control<{ data: Stripe.Event[] }>(env.standin, "GET", "/events?type=checkout.session.completed");
    expect(viaControl.body.data[0]!.id).toBe(list.data[0]!.id);
  });

  it("retries a delivery the receiver refused, with backoff", async () => {
    env.receiver.failNext(2);
    const created = await env.stripe.checkout.sessions.create(sessionParams());
    await env.stripe.checkout.sessions.expire(created.id);
    await env.receiver.waitFor((all) => all.some((e) => e.type === "checkout.session.expired" && e.data.object.id === created.id));
    const attempts = env.receiver.attempts.filter((a) => a.eventId !== null && a.at > 0).slice(-3);
    expect(attempts.every((a) => a.verified)).toBe(true);
    expect(attempts[1]!.at - attempts[0]!.at).toBeGreaterThanOrEqual(150);
    expect(attempts[2]!.at - attempts[1]!.at).toBeGreaterThanOrEqual(350);
  });
});

describe("idempotency", () => {
  it("replays the first answer for the same key and parameters, and refuses other parameters", async () => {
    const params = sessionParams();
    const first = await env.stripe.checkout.sessions.create(params, { idempotencyKey: "checkout:o-idem:1" });
    const second = await env.stripe.checkout.sessions.create(params, { idempotencyKey: "checkout:o-idem:1" });
    expect(second.id).toBe(first.id);
    expect(second.lastResponse.headers["idempotent-replayed"]).toBe("true");
    expect(second.lastResponse.headers["original-request"]).toBe(first.lastResponse.requestId);
    const mismatch = await env.stripe.checkout.sessions
      .create({ ...params, client_reference_id: "other" }, { idempotencyKey: "checkout:o-idem:1" })
      .catch((e: unknown) => e);
    expect(mismatch).toBeInstanceOf(Stripe.errors.StripeIdempotencyError);
  });
});
