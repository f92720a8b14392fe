// POST /api/webhooks/stripe itself: signatures accepted and refused (bad secret, stale t, tampered body, none),
// nothing changes on a refusal, unknown event types and unknown orders are acknowledged, bad bodies are 4xx.
import Stripe from "stripe";
import { beforeAll, describe, expect, it } from "vitest";

import * as webhookRoute from "@/app/api/webhooks/stripe/route";
import { getDb } from "@/lib/accounts-db/get-db";
import { apiRequest, read } from "@/tests/auth/support/api-request";

import { checkedOut, waitForWebhooks } from "../support/buyer";
import { setUpPayments } from "../support/payments-test-env";
import { pay } from "../support/standin-control";
import { catalogGameIds } from "../support/store-fixtures";

const env = setUpPayments();
const signer = new Stripe("sk_test_signer_only");
const [game] = catalogGameIds(1, 10) as [number];

function event(id: string, type: string, object: Record<string, unknown>) {
  return JSON.stringify({
    id,
    object: "event",
    type,
    created: Math.floor(Date.now() / 1000),
    api_version: Stripe.API_VERSION,
    data: { object },
  });
}

function deliver(payload: string, signature: string | null, extraHeaders: Record<string, string> = {}) {
  const headers: Record<string, string> = { "content-type": "application/json", ...extraHeaders };
  if (signature !== null) headers["stripe-signature"] = signature;
  return read(webhookRoute.POST(apiRequest("/api/webhooks/stripe", { method: "POST", body: payload, headers }), undefined));
}

const sign = (payload: string, secret = env.standin.webhookSecret, timestamp?: number) =>
  signer.webhooks.generateTestHeaderString({ payload, secret, ...(timestamp === undefined ? {} : { timestamp }) });

let realEventId: string;
let realPayload: string;

beforeAll(async () => {
  // A real event of the stand-in (so the job can re-fetch it), delivered by hand below; its own deliveries off.
  const order = await checkedOut([game]);
  await waitForWebhooks();
  const events = await fetch(`${env.standin.url}/__standin/events?type=checkout.session.completed`).then((r) => r.json());
  expect(events.data).toHaveLength(0);
  await fetch(`${env.standin.url}/__standin/webhooks/config`, {
    method: "POST",
    body: JSON.stringify({ url: null }),
    headers: { "content-type": "application/json" },
  });
  await pay(env.standin, order.sessionId);
  const created = await fetch(`${env.standin.url}/__standin/events?type=checkout.session.completed`).then((r) => r.json());
  realEventId = created.data[0].id;
  realPayload = JSON.stringify(created.data[0]);
});

const webhookRows = async () => (await getDb()).webhookEvent.count();

describe("signatures", () => {
  it.each([
    ["a wrong secret", () => sign(realPayload, "whsec_not_the_secret")],
    ["a timestamp older than 5 minutes", () => sign(realPayload, undefined, Math.floor(Date.now() / 1000) - 301)],
    ["no v1 signature", () => `t=${Math.floor(Date.now() / 1000)},v0=abc`],
    ["garbage", () => "nonsense"],
  ])("refuses %s with 400 invalid_signature and records nothing", async (_name, header) => {
    const before = await webhookRows();
    const { status, body } = await deliver(realPayload, header());
    expect(status).toBe(400);
    expect(body.error.code).toBe("invalid_signature");
    expect(await webhookRows()).toBe(before);
  });

  it("refuses a tampered body signed for the original", async () => {
    const header = sign(realPayload);
    const tampered = realPayload.replace('"checkout.session.completed"', '"checkout.session.expired"');
    const { status, body } = await deliver(tampered, header);
    expect(status).toBe(400);
    expect(body.error.code).toBe("invalid_signature");
  });

  it("refuses a delivery without Stripe-Signature", async () => {
    const { status, body } = await deliver(realPayload, null);
    expect(status).toBe(400);
    expect(body.error.code).toBe("invalid_signature");
  });

  it("accepts a valid signature (also among rotated secrets), records the event once and fulfils the order", async () => {
    const header = `${sign(realPayload)},v1=${"0".repeat(64)}`;
    const first = await deliver(realPayload, header);
    expect(first.status).toBe(200);
    expect(first.body).toEqual({ received: true, duplicate: false, ignored: false });
    const again = await deliver(realPayload, sign(realPayload));
    expect(again.body).toEqual({ received: true, duplicate: true, ignored: false });
    expect(await (await getDb()).webhookEvent.count({ where: { id: realEventId } })).toBe(1);
    await waitForWebhooks();
    const row = await (await getDb()).webhookEvent.findUniqueOrThrow({ where: { id: realEventId } });
    expect(row.processedAt).not.toBeNull();
    expect(await (await getDb()).order.count({ where: { status: "paid" } })).toBe(1);
  });
});

describe("what the route acknowledges without acting", () => {
  it("answers 200 to an event type it does not handle, and records nothing", async () => {
    const payload = event("evt_unhandled_1", "customer.created", { id: "cus_1", object: "customer" });
    const before = await webhookRows();
    const { status, body } = await deliver(payload, sign(payload));
    expect(status).toBe(200);
    expect(body).toMatchObject({ received: true, ignored: true });
    expect(await webhookRows()).toBe(before);
  });

  it("answers 200 to a session event for an order it does not have (the job logs it and changes nothing)", async () => {
    // A session made by another integration on the same account: no order id of ours.
    const stripe = new Stripe(env.standin.secretKey, { host: "127.0.0.1", port: env.standin.port, protocol: "http" });
    const session = await stripe.checkout.sessions.create({
      mode: "payment",
      line_items: [{ quantity: 1, price_data: { currency: "usd", unit_amount: 500, product_data: { name: "Not ours" } } }],
      metadata: { order_id: "not_an_order_of_ours" },
      expires_at: Math.floor(Date.now() / 1000) + 31 * 60,
    });
    await pay(env.standin, session.id);
    const created = await fetch(`${env.standin.url}/__standin/events?type=checkout.session.completed`).then((r) => r.json());
    const foreign = created.data.find((e: { data: { object: { id: string } } }) => e.data.object.id === session.id);
    const payload = JSON.stringify(foreign);
    const { status } = await deliver(payload, sign(payload));
    expect(status).toBe(200);
    await waitForWebhooks();
    expect(await (await getDb()).order.count({ where: { status: "paid" } })).toBe(1);
  });
});

describe("bad input", () => {
  it("answers 413 to a body over the cap, unread", async () => {
    const huge = "x".repeat(300 * 1024);
    const { status, body } = await deliver(huge, sign(huge));
    expect(status).toBe(413);
    expect(body.error.code).toBe("payload_too_large");
  });

  it.each([
    ["an empty body", ""],
    ["not JSON", "{not json"],
    ["JSON that is not an event", JSON.stringify({ hello: "world" })],
    ["an event without data", JSON.stringify({ id: "evt_x", object: "event", type: "checkout.session.completed", created: 1 })],
  ])("answers 400 (never 500) to %s even when correctly signed", async (_name, payload) => {
    const { status, body } = await deliver(payload, sign(payload));
    expect(status).toBe(400);
    expect(body.error.code).toBe("invalid_signature");
  });
});
