// Webhook delivery knobs (duplicate, reorder, delay, drop), redelivery, and endpoints made over the API, each
// delivery verified by stripe.webhooks.constructEvent in a local receiver.
import Stripe from "stripe";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";

import { control, sessionParams, startReceiver, startWithReceiver } from "./support";

let env: Awaited<ReturnType<typeof startWithReceiver>>;
beforeAll(async () => {
  env = await startWithReceiver();
});
afterEach(async () => {
  await control(env.standin, "POST", "/webhooks/config", { duplicate: 1, reorder: 0, delayMs: 0, dropFirst: 0, dropProbability: 0 });
});
afterAll(() => env.close());

async function expireOne(): Promise<string> {
  const session = await env.stripe.checkout.sessions.create(sessionParams());
  await env.stripe.checkout.sessions.expire(session.id);
  return session.id;
}

const receivedFor = (sessionId: string) => env.receiver.events.filter((e) => (e.data.object as { id?: string }).id === sessionId);

describe("delivery knobs", () => {
  it("duplicate delivers each event N times, all with the same id", async () => {
    await control(env.standin, "POST", "/webhooks/config", { duplicate: 3 });
    const id = await expireOne();
    await env.receiver.waitFor(() => receivedFor(id).length === 3);
    expect(new Set(receivedFor(id).map((e) => e.id)).size).toBe(1);
  });

  it("reorder holds a window and delivers it newest first", async () => {
    await control(env.standin, "POST", "/webhooks/config", { reorder: 3 });
    const ids = [await expireOne(), await expireOne(), await expireOne()];
    await env.receiver.waitFor(() => ids.every((id) => receivedFor(id).length === 1));
    const order = env.receiver.events
      .filter((e) => ids.includes((e.data.object as { id: string }).id))
      .map((e) => (e.data.object as { id: string }).id);
    expect(order).toEqual([...ids].reverse());
  });

  it("delayMs holds each delivery back", async () => {
    await control(env.standin, "POST", "/webhooks/config", { delayMs: 300 });
    const started = Date.now();
    const id = await expireOne();
    await env.receiver.waitFor(() => receivedFor(id).length === 1);
    expect(Date.now() - started).toBeGreaterThanOrEqual(300);
  });

  it("dropFirst loses deliveries (counted), and redeliver sends an event again", async () => {
    const before = (await control<{ deliveries: { dropped: number } }>(env.standin, "GET", "/stats")).body.deliveries.dropped;
    await control(env.standin, "POST", "/webhooks/config", { dropFirst: 1 });
    const id = await expireOne();
    await new Promise((r) => setTimeout(r, 200));
    expect(receivedFor(id)).toHaveLength(0);
    const stats = await control<{ deliveries: { dropped: number } }>(env.standin, "GET", "/stats");
    expect(stats.body.deliveries.dropped).toBe(before + 1);
    const event = (await env.stripe.events.list({ type: "checkout.session.expired", limit: 1 })).data[0]!;
    const redelivered = await control<{ deliveries: Array<{ status: number }> }>(env.standin, "POST", `/events/${event.id}/redeliver`, {
      times: 2,
    });
    expect(redelivered.body.deliveries.map((d) => d.status)).toEqual([200, 200]);
    expect(receivedFor(id)).toHaveLength(2);
  });

  it("gives up after maxAttempts and counts it", async () => {
    await control(env.standin, "POST", "/webhooks/config", { retry: { baseMs: 10, maxAttempts: 3 } });
    env.receiver.failNext(10, 503);
    const id = await expireOne();
    await new Promise((r) => setTimeout(r, 300));
    env.receiver.failNext(0);
    const stats = await control<{ deliveries: { abandoned: number } }>(env.standin, "GET", "/stats");
    expect(stats.body.deliveries.abandoned).toBeGreaterThanOrEqual(1);
    expect(receivedFor(id)).toHaveLength(0);
    await control(env.standin, "POST", "/webhooks/config", { retry: { baseMs: 200, maxAttempts: 5 } });
  });
});

describe("webhook endpoints over the API", () => {
  it("creates an endpoint whose secret signs its deliveries, lists it, and deletes it", async () => {
    let secret = "";
    const second = await startReceiver(() => secret, new Stripe("sk_test_unused"));
    try {
      const endpoint = await env.stripe.webhookEndpoints.create({ url: second.url, enabled_events: ["checkout.session.expired"] });
      secret = endpoint.secret!;
      expect(secret).toMatch(/^whsec_/);
      const id = await expireOne();
      await second.waitFor((events) => events.some((e) => (e.data.object as { id: string }).id === id));
      expect(second.attempts.every((a) => a.verified)).toBe(true);
      expect((await env.stripe.webhookEndpoints.retrieve(endpoint.id)).secret).toBeUndefined();
      expect((await env.stripe.webhookEndpoints.list()).data.map((e) => e.id)).toContain(endpoint.id);
      expect((await env.stripe.webhookEndpoints.del(endpoint.id)).deleted).toBe(true);
    } finally {
      await second.close();
    }
  });

  it("a delivery signed with another secret fails verification (the receiver answers 400)", async () => {
    const wrong = await startReceiver(() => "whsec_not_the_secret", new Stripe("sk_test_unused"));
    try {
      const endpoint = await env.stripe.webhookEndpoints.create({ url: wrong.url, enabled_events: ["*"] });
      await expireOne();
      await new Promise((r) => setTimeout(r, 100));
      expect(wrong.attempts.length).toBeGreaterThan(0);
      expect(wrong.attempts.every((a) => !a.verified)).toBe(true);
      await env.stripe.webhookEndpoints.del(endpoint.id);
    } finally {
      await wrong.close();
    }
  });
});
