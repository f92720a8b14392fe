// Attacks on checkout, orders and the Stripe webhook against the running server: cross-site writes, another
// player's order, forged and replayed webhooks, junk bodies. Every refusal is a 4xx with the error shape, and
// nothing changes.
import { expect, test, type APIRequestContext } from "@playwright/test";
import Stripe from "stripe";

import { signInOverHttp, signUp } from "../support/accounts";
import { listGamesForSale, type CartTestGame } from "../support/cart-listings";

async function signedIn(request: APIRequestContext, prefix: string): Promise<void> {
  await signInOverHttp(request, await signUp(request, prefix));
}

let game: CartTestGame;

test.beforeAll(async ({ request }) => {
  [game] = (await listGamesForSale(request, "tetris", 1)) as [CartTestGame];
});

test("cross-site checkout, refund and cancel are refused with 403 and place nothing", async ({ playwright, baseURL }) => {
  const player = await playwright.request.newContext({ baseURL });
  await signedIn(player, "csrf");
  expect((await player.post("/api/cart/items", { data: { gameId: game.id } })).status()).toBe(201);
  const evil = { origin: "https://evil.example" };
  expect((await player.post("/api/checkout", { data: {}, headers: evil })).status()).toBe(403);
  expect((await player.post("/api/checkout", { form: { currency: "USD" } })).status()).toBe(403);
  const orders = (await (await player.get("/api/users/me/orders")).json()) as { orders: unknown[] };
  expect(orders.orders).toEqual([]);
  const placed = (await (await player.post("/api/checkout", { data: {} })).json()) as { order_id: string };
  expect((await player.post(`/api/users/me/orders/${placed.order_id}/cancel`, { data: {}, headers: evil })).status()).toBe(403);
  expect((await player.post(`/api/users/me/orders/${placed.order_id}/refund`, { data: { reason: "x" }, headers: evil })).status()).toBe(
    403,
  );
  expect(((await (await player.get(`/api/users/me/orders/${placed.order_id}`)).json()) as { status: string }).status).toBe(
    "pending_payment",
  );
  await player.dispose();
});

test("another player's order is a 404 to read, refund and cancel", async ({ playwright, baseURL }) => {
  const owner = await playwright.request.newContext({ baseURL });
  const intruder = await playwright.request.newContext({ baseURL });
  await signedIn(owner, "owner");
  await signedIn(intruder, "intruder");
  await owner.post("/api/cart/items", { data: { gameId: game.id } });
  const { order_id } = (await (await owner.post("/api/checkout", { data: {} })).json()) as { order_id: string };
  expect((await intruder.get(`/api/users/me/orders/${order_id}`)).status()).toBe(404);
  expect((await intruder.post(`/api/users/me/orders/${order_id}/refund`, { data: { reason: "mine now" } })).status()).toBe(404);
  expect((await intruder.post(`/api/users/me/orders/${order_id}/cancel`, { data: {} })).status()).toBe(404);
  expect(((await (await owner.get(`/api/users/me/orders/${order_id}`)).json()) as { status: string }).status).toBe("pending_payment");
  await Promise.all([owner.dispose(), intruder.dispose()]);
});

test("a forged webhook (our own secret guessed wrong, stale, tampered, unsigned) is a 400 and changes nothing", async ({ request }) => {
  const payload = JSON.stringify({
    id: "evt_forged_1",
    object: "event",
    type: "checkout.session.completed",
    created: 1,
    data: { object: { id: "cs_forged", object: "checkout.session" } },
  });
  const signer = new Stripe("sk_test_attacker");
  const forgeries = [
    signer.webhooks.generateTestHeaderString({ payload, secret: "whsec_guessed" }),
    signer.webhooks.generateTestHeaderString({ payload, secret: "whsec_guessed", timestamp: Math.floor(Date.now() / 1000) - 3600 }),
    "t=1,v1=" + "0".repeat(64),
  ];
  for (const signature of forgeries) {
    const res = await request.post("/api/webhooks/stripe", {
      data: payload,
      headers: { "content-type": "application/json", "stripe-signature": signature },
    });
    expect(res.status()).toBe(400);
    expect(((await res.json()) as { error: { code: string } }).error.code).toBe("invalid_signature");
  }
  const unsigned = await request.post("/api/webhooks/stripe", { data: payload, headers: { "content-type": "application/json" } });
  expect(unsigned.status()).toBe(400);
  const huge = await request.post("/api/webhooks/stripe", { data: "x".repeat(1_000_000), headers: { "stripe-signature": forgeries[0]! } });
  expect(huge.status()).toBe(413);
});

test("junk on the store routes is a 4xx with the error shape, never a 500", async ({ playwright, baseURL }) => {
  const player = await playwright.request.newContext({ baseURL });
  await signedIn(player, "junk");
  const json = { "content-type": "application/json" };
  const cases: Array<[string, string, string | undefined]> = [
    ["POST", "/api/checkout", "{"],
    ["POST", "/api/checkout", '{"currency":{"$ne":null}}'],
    ["POST", "/api/checkout", JSON.stringify({ currency: "USD", pad: "x".repeat(70_000) })],
    ["GET", "/api/users/me/orders/%00", undefined],
    ["GET", "/api/users/me/orders/..%2F..%2Fetc", undefined],
    ["GET", "/api/users/me/orders?limit=-1", undefined],
    ["GET", "/api/users/me/orders?cursor=" + "x".repeat(500), undefined],
    ["POST", "/api/users/me/orders/abcdefghijklmnop/refund", '{"reason":null}'],
    ["POST", "/api/users/me/orders/abcdefghijklmnop/cancel", "[]"],
  ];
  for (const [method, path, body] of cases) {
    const res = await player.fetch(path, { method, headers: json, data: body });
    expect(res.status(), `${method} ${path}`).toBeGreaterThanOrEqual(400);
    expect(res.status(), `${method} ${path}`).toBeLessThan(500);
    expect(((await res.json()) as { error: { code: string } }).error.code).toEqual(expect.any(String));
  }
  await player.dispose();
});
