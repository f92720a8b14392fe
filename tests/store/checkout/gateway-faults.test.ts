// Stripe failing: 500s, 429s and timeouts are retried by the client with the same idempotency key, so one
// Checkout Session and one refund result; a gateway down for longer gets a clear 503 and the order is kept, and
// the retry later reuses it with the same key (still one session).
import { afterEach, describe, expect, it } from "vitest";

import { checkedOut, newBuyer, orderOf, waitForStatus } from "../support/buyer";
import { setUpPayments } from "../support/payments-test-env";
import { control, pay } from "../support/standin-control";
import { catalogGameIds, listGame, putInCart } from "../support/store-fixtures";

const env = setUpPayments();
const games = catalogGameIds(8, 100);
const faults = (list: Array<Record<string, unknown>>) => control(env.standin, "POST", "/faults", { faults: list });
const sessionsCreated = () => env.standin.stats().objects.checkoutSessions;

afterEach(async () => {
  await faults([]);
});

describe("checkout through a failing gateway", () => {
  it.each([
    ["a 500", [{ kind: "500", count: 1, pathPrefix: "/v1/checkout/sessions" }]],
    ["two 429s", [{ kind: "429", count: 2, pathPrefix: "/v1/checkout/sessions" }]],
    ["a connection reset", [{ kind: "reset", count: 1, pathPrefix: "/v1/checkout/sessions" }]],
    ["a timeout", [{ kind: "timeout", count: 1, pathPrefix: "/v1/checkout/sessions" }]],
  ])("retries %s and creates exactly one session", async (_name, list) => {
    const before = sessionsCreated();
    await faults(list);
    const order = await checkedOut([games.pop()!]);
    expect(order.checkoutUrl).toContain("/c/pay/cs_");
    expect(sessionsCreated() - before).toBe(1);
  });

  it("answers 503 payment_gateway_unavailable when Stripe stays down, keeps the order, and a retry reuses it", async () => {
    const buyer = await newBuyer("outage");
    const game = games.pop()!;
    await listGame(game, { USD: "19.99" });
    await putInCart(buyer.userId, [game]);
    const before = sessionsCreated();
    await faults([{ kind: "500", count: 10, pathPrefix: "/v1/checkout/sessions" }]);
    const down = await buyer.api.checkout({ currency: "USD" });
    expect(down.status).toBe(503);
    expect(down.body.error.code).toBe("payment_gateway_unavailable");
    expect(down.headers.get("retry-after")).toBe("5");
    const orderId = down.body.error.details.order_id as string;
    expect((await orderOf(orderId)).status).toBe("pending_payment");
    await faults([]);
    const retry = await buyer.api.checkout({ currency: "USD" });
    expect(retry.status).toBe(201);
    expect(retry.body.order_id).toBe(orderId);
    expect(sessionsCreated() - before).toBe(1);
    expect((await orderOf(orderId)).checkoutAttempt).toBe(1);
  });
});

describe("refund through a failing gateway", () => {
  it("retries a 500 with the same key: one refund at Stripe", async () => {
    const order = await checkedOut([games.pop()!]);
    await pay(env.standin, order.sessionId);
    await waitForStatus(order.orderId, "paid");
    const before = env.standin.stats().objects.refunds;
    await faults([{ kind: "500", count: 1, pathPrefix: "/v1/refunds" }]);
    expect((await order.api.refund(order.orderId)).status).toBe(202);
    await waitForStatus(order.orderId, "refunded");
    expect(env.standin.stats().objects.refunds - before).toBe(1);
  });
});
