// Missed webhooks are repaired: reconciliation finds a paid session whose webhook never came and fulfils the
// order, an expired one and expires it, a refund nobody told us about; the sweep requeues an event whose job
// was lost. The stand-in's deliveries are switched off for these.
import Stripe from "stripe";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { getDb } from "@/lib/accounts-db/get-db";
import { reconcilePayments } from "@/lib/store/webhooks/reconcile-payments";
import { requeueLostWebhookEvents } from "@/lib/store/webhooks/requeue-lost-webhook-events";

import { checkedOut, orderOf, waitForStatus, waitForWebhooks } from "../support/buyer";
import { setUpPayments } from "../support/payments-test-env";
import { control, pay, waitFor } from "../support/standin-control";
import { catalogGameIds } from "../support/store-fixtures";

const env = setUpPayments();
const games = catalogGameIds(6, 40);
const stripe = () => new Stripe(env.standin.secretKey, { host: "127.0.0.1", port: env.standin.port, protocol: "http" });

beforeAll(async () => {
  await control(env.standin, "POST", "/webhooks/config", { url: null });
});
afterAll(async () => {
  await control(env.standin, "POST", "/webhooks/config", { url: env.webhookUrl });
});

describe("reconcilePayments", () => {
  it("fulfils a paid order whose webhook never arrived, expires an abandoned one, applies a refund made elsewhere", async () => {
    const paid = await checkedOut([games[0]!]);
    const abandoned = await checkedOut([games[1]!]);
    const refunded = await checkedOut([games[2]!]);
    await pay(env.standin, paid.sessionId);
    await pay(env.standin, refunded.sessionId);
    await stripe().checkout.sessions.expire(abandoned.sessionId);
    const first = await reconcilePayments();
    expect(first).toMatchObject({ fulfilled: 2, closed: 1 });
    expect((await orderOf(paid.orderId)).status).toBe("paid");
    expect((await orderOf(abandoned.orderId)).status).toBe("expired");
    const session = await stripe().checkout.sessions.retrieve(refunded.sessionId);
    const refund = await stripe().refunds.create({ payment_intent: session.payment_intent as string });
    await waitFor(async () => (await stripe().refunds.retrieve(refund.id)).status === "succeeded", 2_000, "refund settled");
    const second = await reconcilePayments();
    expect(second).toMatchObject({ fulfilled: 0, closed: 0, refundsSynced: 1 });
    expect((await orderOf(refunded.orderId)).status).toBe("refunded");
    // Nothing left to repair: a third run changes nothing.
    expect(await reconcilePayments()).toMatchObject({ fulfilled: 0, closed: 0, refundsSynced: 0, refundsResent: 0 });
  });
});

describe("requeueLostWebhookEvents", () => {
  it("queues the job again for an event recorded over a minute ago and never processed", async () => {
    const order = await checkedOut([games[3]!]);
    await pay(env.standin, order.sessionId);
    const events = await control<{ data: Array<{ id: string; data: { object: { id: string } } }> }>(
      env.standin,
      "GET",
      "/events?type=checkout.session.completed",
    );
    const event = events.body.data.find((e) => e.data.object.id === order.sessionId)!;
    // As if the process died between recording the event and queueing its job.
    await (
      await getDb()
    ).webhookEvent.create({ data: { id: event.id, type: "checkout.session.completed", receivedAt: new Date(Date.now() - 120_000) } });
    expect(await requeueLostWebhookEvents()).toBe(1);
    await waitForStatus(order.orderId, "paid");
    await waitForWebhooks();
    expect(await requeueLostWebhookEvents()).toBe(0);
  });
});
