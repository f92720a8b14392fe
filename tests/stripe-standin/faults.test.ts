// Injected API faults: the real client's retries, with its idempotency keys, must create exactly one object.
import Stripe from "stripe";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";

import { startStripeStandin, type StripeStandin, type StripeStandinStats } from "@/standins/stripe";

import { clientFor, control, sessionParams } from "./support";

let standin: StripeStandin;
beforeAll(async () => {
  standin = await startStripeStandin();
});
beforeEach(async () => {
  await control(standin, "POST", "/reset");
});
afterAll(() => standin.close());

const stats = async () => (await control<StripeStandinStats>(standin, "GET", "/stats")).body;

describe("faults retried by the client into exactly one session", () => {
  it.each([
    [{ kind: "500", count: 2 }, 3],
    [{ kind: "429", count: 1 }, 2],
    [{ kind: "reset", count: 2 }, 3],
  ])("%j", async (fault, calls) => {
    await control(standin, "POST", "/faults", { faults: [{ ...fault, pathPrefix: "/v1/checkout/sessions" }] });
    const session = await clientFor(standin).checkout.sessions.create(sessionParams());
    const after = await stats();
    expect(after.objects.checkoutSessions).toBe(1);
    expect(after.byRoute["POST /v1/checkout/sessions"]).toBe(calls);
    expect(after.faultsInjected).toBe(calls - 1);
    expect((await clientFor(standin).checkout.sessions.list()).data.map((s) => s.id)).toEqual([session.id]);
  });

  it("slow processing past the client's timeout: retry meets 409 or the replay, one session", async () => {
    await control(standin, "POST", "/faults", { faults: [{ kind: "latency", ms: 1200, count: 1 }] });
    const session = await clientFor(standin, { timeout: 1000, maxNetworkRetries: 3 }).checkout.sessions.create(sessionParams());
    const after = await stats();
    expect(after.objects.checkoutSessions).toBe(1);
    expect(after.byRoute["POST /v1/checkout/sessions"]).toBeGreaterThanOrEqual(2);
    expect(session.id).toMatch(/^cs_test_/);
  });

  it("a 500 without retries surfaces as StripeAPIError with Stripe-Should-Retry", async () => {
    await control(standin, "POST", "/faults", { faults: [{ kind: "500" }] });
    const error = await clientFor(standin, { maxNetworkRetries: 0 })
      .checkout.sessions.create(sessionParams())
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(Stripe.errors.StripeAPIError);
    expect((error as Stripe.errors.StripeError).headers?.["stripe-should-retry"]).toBe("true");
    expect((await stats()).objects.checkoutSessions).toBe(0);
  });

  it("global latency delays every answer", async () => {
    await control(standin, "POST", "/config", { latencyMs: 150 });
    const started = Date.now();
    await clientFor(standin).checkout.sessions.list();
    expect(Date.now() - started).toBeGreaterThanOrEqual(150);
    await control(standin, "POST", "/config", { latencyMs: 0 });
  });
});

describe("idempotency under concurrency", () => {
  it("a second request with a key still in flight gets 409 idempotency_key_in_use", async () => {
    await control(standin, "POST", "/faults", { faults: [{ kind: "latency", ms: 400, count: 1 }] });
    const stripe = clientFor(standin, { maxNetworkRetries: 0 });
    const params = sessionParams();
    const first = stripe.checkout.sessions.create(params, { idempotencyKey: "k-concurrent" });
    await new Promise((r) => setTimeout(r, 100));
    const second = await stripe.checkout.sessions.create(params, { idempotencyKey: "k-concurrent" }).catch((e: unknown) => e);
    expect((second as Stripe.errors.StripeError).statusCode).toBe(409);
    expect((second as Stripe.errors.StripeError).code).toBe("idempotency_key_in_use");
    const created = await first;
    const replay = await stripe.checkout.sessions.create(params, { idempotencyKey: "k-concurrent" });
    expect(replay.id).toBe(created.id);
    expect((await stats()).objects.checkoutSessions).toBe(1);
  });

  it("a validation failure is not saved: the corrected request may reuse the key", async () => {
    const stripe = clientFor(standin, { maxNetworkRetries: 0 });
    const bad = await stripe.checkout.sessions
      .create({ ...sessionParams(), expires_at: 1 }, { idempotencyKey: "k-fix" })
      .catch((e: unknown) => e);
    expect(bad).toBeInstanceOf(Stripe.errors.StripeInvalidRequestError);
    const fixed = await stripe.checkout.sessions.create(sessionParams(), { idempotencyKey: "k-fix" });
    expect(fixed.status).toBe("open");
  });
});

describe("wire details", () => {
  it("answers an unknown path 404 like Stripe, with a Request-Id", async () => {
    const response = await fetch(`${standin.url}/v1/nope`, { headers: { authorization: `Bearer ${standin.secretKey}` } });
    expect(response.status).toBe(404);
    expect(response.headers.get("request-id")).toMatch(/^req_/);
    const body = (await response.json()) as { error: { type: string; message: string } };
    expect(body.error.type).toBe("invalid_request_error");
    expect(body.error.message).toContain("Unrecognized request URL (GET: /v1/nope)");
  });

  it("decodes bracket nesting and created[gte] filters on lists", async () => {
    const stripe = clientFor(standin);
    const a = await stripe.checkout.sessions.create(sessionParams());
    const page = await stripe.checkout.sessions.list({ created: { gte: a.created }, limit: 1 });
    expect(page.data[0]!.id).toBe(a.id);
    const none = await stripe.checkout.sessions.list({ created: { gt: a.created + 10_000 } });
    expect(none.data).toEqual([]);
    const ids: string[] = [];
    await stripe.checkout.sessions.create(sessionParams());
    for await (const s of stripe.checkout.sessions.list({ limit: 1 })) ids.push(s.id);
    expect(ids).toHaveLength(2);
  });
});

describe("attack: oversized body", () => {
  it("refuses a body over the limit with 413, not a crash", async () => {
    const response = await fetch(`${standin.url}/v1/checkout/sessions`, {
      method: "POST",
      headers: { authorization: `Bearer ${standin.secretKey}`, "content-type": "application/x-www-form-urlencoded" },
      body: `metadata[x]=${"a".repeat(1_100_000)}`,
    });
    expect(response.status).toBe(413);
    expect((await fetch(`${standin.url}/__standin/health`)).status).toBe(200);
  });
});
