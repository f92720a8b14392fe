// Fulfilment exactly once, whatever Stripe's deliveries do: 20 concurrent copies of one event, events out of
// order, the success page racing the webhook, delayed payments that settle or fail, a decline then expiry, a
// refund event before the payment's, JPY. The stand-in delivers over the network to the real route.
import Stripe from "stripe";
import { describe, expect, it } from "vitest";

import { getDb } from "@/lib/accounts-db/get-db";
import { confirmCheckoutReturn } from "@/lib/store/checkout/confirm-checkout-return";

import { checkedOut, orderOf, waitForStatus, waitForWebhooks } from "../support/buyer";
import { setUpPayments } from "../support/payments-test-env";
import { control, pay, sessionIdOf, waitFor } from "../support/standin-control";
import { catalogGameIds, putInCart } from "../support/store-fixtures";

const env = setUpPayments();
const games = catalogGameIds(14, 20);
let next = 0;
const freshGames = (count: number) => games.slice(next, (next += count));

const knobs = (body: Record<string, unknown>) => control(env.standin, "POST", "/webhooks/config", body);
const eventsOf = async (type: string, objectId: string) =>
  (
    (await control<{ data: Array<{ id: string; data: { object: { id: string } } }> }>(env.standin, "GET", `/events?type=${type}`)).body
      .data ?? []
  ).filter((e) => e.data.object.id === objectId);
const redeliver = (eventId: string, times = 1) => control(env.standin, "POST", `/events/${eventId}/redeliver`, { times });
const db = getDb;
const stripe = () => new Stripe(env.standin.secretKey, { host: "127.0.0.1", port: env.standin.port, protocol: "http" });

describe("duplicates", () => {
  it("20 concurrent deliveries of one completed event make one fulfilment, one entitlement per game, one order.paid", async () => {
    const order = await checkedOut(freshGames(2));
    await knobs({ duplicate: 20 });
    try {
      await pay(env.standin, order.sessionId);
      await waitForStatus(order.orderId, "paid");
      await waitForWebhooks();
    } finally {
      await knobs({ duplicate: 1 });
    }
    const [completed] = await eventsOf("checkout.session.completed", order.sessionId);
    expect((await redeliver(completed!.id, 20)).status).toBe(200);
    await waitForWebhooks();
    const after = await orderOf(order.orderId);
    expect(after.payments).toHaveLength(1);
    expect(await (await db()).entitlement.count({ where: { userId: order.userId } })).toBe(2);
    expect(await (await db()).outboxEvent.count({ where: { aggregateId: order.orderId, type: "order.paid" } })).toBe(1);
    expect(await (await db()).webhookEvent.count({ where: { id: completed!.id } })).toBe(1);
  });
});

describe("out of order", () => {
  it("an expired event after completed leaves the order paid (the job asks Stripe, which says paid)", async () => {
    const order = await checkedOut(freshGames(1));
    await pay(env.standin, order.sessionId);
    await waitForStatus(order.orderId, "paid");
    await waitForWebhooks();
    // A late checkout.session.expired for the same session, correctly signed: only the session's state counts.
    const session = await stripe().checkout.sessions.retrieve(order.sessionId);
    const payload = JSON.stringify({
      id: "evt_late_expired_1",
      object: "event",
      type: "checkout.session.expired",
      created: Math.floor(Date.now() / 1000),
      data: { object: { ...session, status: "expired", payment_status: "unpaid" } },
    });
    const header = stripe().webhooks.generateTestHeaderString({ payload, secret: env.standin.webhookSecret });
    const answer = await fetch(env.webhookUrl, {
      method: "POST",
      body: payload,
      headers: { "content-type": "application/json", "stripe-signature": header },
    });
    expect(answer.status).toBe(200);
    await waitForWebhooks();
    expect((await orderOf(order.orderId)).status).toBe("paid");
    expect(await (await db()).outboxEvent.count({ where: { aggregateId: order.orderId, type: "order.expired" } })).toBe(0);
  });

  it("a refund event before the payment event still ends refunded, with the games revoked", async () => {
    const order = await checkedOut(freshGames(1));
    await knobs({ url: null }); // Stripe's deliveries held back: we deliver them below, in the wrong order
    try {
      await pay(env.standin, order.sessionId);
      const session = await stripe().checkout.sessions.retrieve(order.sessionId);
      const refund = await stripe().refunds.create({ payment_intent: session.payment_intent as string }); // e.g. from Stripe's Dashboard
      await waitFor(async () => (await eventsOf("refund.updated", refund.id)).length > 0, 2_000, "the refund settled");
    } finally {
      await knobs({ url: env.webhookUrl });
    }
    const refundEvents = (
      await control<{ data: Array<{ id: string; type: string; data: { object: { payment_intent?: string } } }> }>(
        env.standin,
        "GET",
        "/events",
      )
    ).body.data.filter((e) => e.type.startsWith("refund.") || e.type === "charge.refunded");
    for (const e of refundEvents) await redeliver(e.id);
    await waitForWebhooks();
    const [completed] = await eventsOf("checkout.session.completed", order.sessionId);
    await redeliver(completed!.id);
    await waitForWebhooks();
    const after = await orderOf(order.orderId);
    expect(after.status).toBe("refunded");
    expect(after.refunds).toHaveLength(1);
    expect(after.refunds[0]).toMatchObject({ status: "succeeded", reason: "stripe_dashboard" });
    expect(await (await db()).entitlement.count({ where: { userId: order.userId, revokedAt: null } })).toBe(0);
    expect(await (await db()).entitlement.count({ where: { userId: order.userId } })).toBe(1);
  });
});

describe("the success page and the webhook at once", () => {
  it("make one transition between them", async () => {
    const order = await checkedOut(freshGames(1));
    await knobs({ delayMs: 0 });
    await pay(env.standin, order.sessionId);
    const outcomes = await Promise.all(
      Array.from({ length: 5 }, () => confirmCheckoutReturn(order.orderId, order.userId, order.sessionId)),
    );
    await waitForWebhooks();
    expect(outcomes.filter((o) => o === "fulfilled").length).toBeLessThanOrEqual(1);
    expect(await (await db()).outboxEvent.count({ where: { aggregateId: order.orderId, type: "order.paid" } })).toBe(1);
    expect((await orderOf(order.orderId)).status).toBe("paid");
  });

  it("refuses a session that is not the order's, and another user's order, as not found", async () => {
    const mine = await checkedOut(freshGames(1));
    const theirs = await checkedOut(freshGames(1));
    await expect(confirmCheckoutReturn(mine.orderId, mine.userId, theirs.sessionId)).rejects.toMatchObject({ code: "not_found" });
    await expect(confirmCheckoutReturn(mine.orderId, theirs.userId, mine.sessionId)).rejects.toMatchObject({ code: "not_found" });
    await expect(confirmCheckoutReturn(mine.orderId, mine.userId, "cs_../../v1/x")).rejects.toMatchObject({ code: "not_found" });
  });
});

describe("payment outcomes", () => {
  it("a delayed payment that succeeds: pending while processing, then paid", async () => {
    const order = await checkedOut(freshGames(1));
    const result = await control(env.standin, "POST", `/checkout/sessions/${order.sessionId}/pay`, { iban: "DE89370400440532013000" });
    expect(result.status).toBe(200);
    await waitForWebhooks();
    expect((await orderOf(order.orderId)).status).toBe("pending_payment");
    await waitForStatus(order.orderId, "paid");
  });

  it("a delayed payment that fails: failed, order.failed, the game back in the cart", async () => {
    const order = await checkedOut(freshGames(1));
    await control(env.standin, "POST", `/checkout/sessions/${order.sessionId}/pay`, { iban: "DE62370400440532013001" });
    await waitForStatus(order.orderId, "failed");
    const after = await orderOf(order.orderId);
    expect(after.failedAt).not.toBeNull();
    expect(await (await db()).outboxEvent.count({ where: { aggregateId: order.orderId, type: "order.failed" } })).toBe(1);
    expect(await (await db()).cartItem.count({ where: { cart: { userId: order.userId } } })).toBe(1);
    expect(await (await db()).entitlement.count({ where: { userId: order.userId } })).toBe(0);
  });

  it("a declined card leaves the order pending; when the session expires the order expires and the cart is back", async () => {
    const order = await checkedOut(freshGames(1));
    const declined = await pay(env.standin, order.sessionId, "4000000000000002");
    expect(declined.body).toMatchObject({ outcome: "declined" });
    await waitForWebhooks();
    expect((await orderOf(order.orderId)).status).toBe("pending_payment");
    await stripe().checkout.sessions.expire(order.sessionId); // what Stripe does at expires_at
    await waitForStatus(order.orderId, "expired");
    expect(await (await db()).outboxEvent.count({ where: { aggregateId: order.orderId, type: "order.expired" } })).toBe(1);
    expect(await (await db()).cartItem.count({ where: { cart: { userId: order.userId } } })).toBe(1);
    // The cart forgot the order: checking out again places a new one.
    const again = await order.api.checkout({ currency: "USD" });
    expect(again.status).toBe(201);
    expect(again.body.order_id).not.toBe(order.orderId);
  });
});

describe("a game paid for twice (two tabs)", () => {
  it("gets one entitlement, and the second order's line is refunded automatically", async () => {
    const first = await checkedOut(freshGames(1));
    const game = (await orderOf(first.orderId)).lines[0]!.gameId;
    await putInCart(first.userId, [game]); // the second tab put it back before the first was paid
    const second = await first.api.checkout({ currency: "USD" });
    expect(second.status).toBe(201);
    await pay(env.standin, first.sessionId);
    await waitForStatus(first.orderId, "paid");
    await pay(env.standin, sessionIdOf(second.body.checkout_url));
    await waitForStatus(second.body.order_id, "refunded");
    const refunded = await orderOf(second.body.order_id);
    expect(refunded.refunds).toEqual([expect.objectContaining({ reason: "duplicate_purchase", status: "succeeded" })]);
    expect(await (await db()).entitlement.count({ where: { userId: first.userId, gameId: game } })).toBe(1);
    expect((await orderOf(first.orderId)).status).toBe("paid");
  });
});

describe("money", () => {
  it("charges JPY in whole yen (¥1,980 → 1980 at Stripe) and records the payment in yen", async () => {
    const order = await checkedOut(freshGames(2), "JPY");
    const session = await stripe().checkout.sessions.retrieve(order.sessionId);
    expect(session.currency).toBe("jpy");
    expect(session.amount_total).toBe(3960);
    await pay(env.standin, order.sessionId);
    await waitForStatus(order.orderId, "paid");
    const after = await orderOf(order.orderId);
    expect(after.total.toFixed(2)).toBe("3960.00");
    expect(after.payments[0]!.amount.toFixed(2)).toBe("3960.00");
    expect(after.payments[0]!.currency).toBe("JPY");
  });
});
