// The purchase over HTTP against `npm start` in zero-config mode: the server started the Stripe stand-in as its
// child process, and the stand-in's signed webhooks reach the server's own route. Sign up and in, add a listed
// game, POST /api/checkout, pay on the stand-in (its control route does what the hosted form does), watch the
// order turn paid, find the game owned in the library and the confirmation in the mail, then refund it.
import { expect, test, type APIRequestContext } from "@playwright/test";

import { signInOverHttp, signUp } from "../support/accounts";
import { listGamesForSale, type CartTestGame } from "../support/cart-listings";
import { waitForMail } from "../support/read-mail";

async function orderOf(request: APIRequestContext, id: string) {
  const res = await request.get(`/api/users/me/orders/${id}`);
  expect(res.status()).toBe(200);
  return (await res.json()) as {
    status: string;
    checkout_url: string | null;
    refundable: boolean;
    total: string;
    lines: Array<{ game_id: number }>;
  };
}

async function waitForOrderStatus(request: APIRequestContext, id: string, status: string): Promise<void> {
  await expect.poll(async () => (await orderOf(request, id)).status, { timeout: 15_000 }).toBe(status);
}

let game: CartTestGame;

test.beforeAll(async ({ request }) => {
  [game] = (await listGamesForSale(request, "zelda", 1)) as [CartTestGame];
});

test("check out, pay on the stand-in, own the game, get the receipt by mail, refund", async ({ request }) => {
  const email = await signUp(request, "buyer");
  await signInOverHttp(request, email);
  expect((await request.post("/api/cart/items", { data: { gameId: game.id } })).status()).toBe(201);

  const checkout = await request.post("/api/checkout", { data: { currency: "USD" } });
  expect(checkout.status(), await checkout.text()).toBe(201);
  const started = (await checkout.json()) as { order_id: string; checkout_url: string; price_changed: boolean };
  expect(started.checkout_url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/c\/pay\/cs_[A-Za-z0-9_]+$/);
  expect(started.price_changed).toBe(false);
  expect((await orderOf(request, started.order_id)).status).toBe("pending_payment");

  // The hosted page is the stand-in's own; its control route pays as the form does.
  const hosted = await request.get(started.checkout_url);
  expect(hosted.status()).toBe(200);
  const standin = new URL(started.checkout_url).origin;
  const sessionId = started.checkout_url.split("/").at(-1)!;
  const paid = await request.post(`${standin}/__standin/checkout/sessions/${sessionId}/pay`, { data: { card: "4242424242424242" } });
  expect(paid.status()).toBe(200);

  await waitForOrderStatus(request, started.order_id, "paid");
  const order = await orderOf(request, started.order_id);
  expect(order).toMatchObject({
    checkout_url: null,
    refundable: true,
    total: "19.99",
    lines: [expect.objectContaining({ game_id: game.id })],
  });
  const library = (await (await request.get("/api/users/me/library")).json()) as { entries: Array<{ gameId: number; owned?: boolean }> };
  expect(library.entries.find((entry) => entry.gameId === game.id)).toMatchObject({ gameId: game.id });

  const mail = await waitForMail(email);
  expect(mail).toContain(`/orders/${started.order_id}/receipt`);

  const refund = await request.post(`/api/users/me/orders/${started.order_id}/refund`, { data: { reason: "changed my mind" } });
  expect(refund.status()).toBe(202);
  expect(await refund.json()).toMatchObject({ status: "refund_pending", amount: "19.99" });
  await waitForOrderStatus(request, started.order_id, "refunded");
  const again = await request.post(`/api/users/me/orders/${started.order_id}/refund`, { data: { reason: "again" } });
  expect(again.status()).toBe(409);
});

test("an empty cart is a 409 cart_empty and an unknown currency a 400", async ({ request }) => {
  const email = await signUp(request, "empty");
  await signInOverHttp(request, email);
  const empty = await request.post("/api/checkout", { data: {} });
  expect(empty.status()).toBe(409);
  expect(((await empty.json()) as { error: { code: string } }).error.code).toBe("cart_empty");
  const currency = await request.post("/api/checkout", { data: { currency: "XYZ" } });
  expect(currency.status()).toBe(400);
});
