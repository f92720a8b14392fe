// Store steps the order-page specs share: games listed for sale, an order placed through the real API, and
// a payment made through the Stripe stand-in's control route (what its hosted form does, without the form).
import { expect, type APIRequestContext, type Page } from "@playwright/test";

import { listGamesForSale, type CartTestGame as ListedGame } from "./cart-listings";

/** The stand-in the e2e server starts (STRIPE_STANDIN_PORT from E2E_STRIPE_STANDIN_PORT in playwright.config.ts). */
export const STRIPE_STANDIN_ORIGIN = `http://127.0.0.1:${process.env.E2E_STRIPE_STANDIN_PORT ?? 3220}`;

/**
 * `count` popular games listed for sale (the cart specs' helper: found through the search API, then listed in the
 * e2e server's PostgreSQL). Each spec's player is new, so the same games serve every test.
 */
export const listedGames = (request: APIRequestContext, count: number): Promise<ListedGame[]> => listGamesForSale(request, "mario", count);

/** Puts games in the signed-in (or guest) cart of `request` and checks out: the order id and the hosted page. */
export async function placeOrder(request: APIRequestContext, gameIds: number[]): Promise<{ orderId: string; checkoutUrl: string }> {
  for (const gameId of gameIds) {
    const added = await request.post("/api/cart/items", { data: { gameId } });
    expect([200, 201], await added.text()).toContain(added.status());
  }
  const res = await request.post("/api/checkout", { data: {} });
  expect(res.status(), await res.text()).toBe(201);
  const body = (await res.json()) as { order_id: string; checkout_url: string };
  return { orderId: body.order_id, checkoutUrl: body.checkout_url };
}

/** Pays a checkout session through the stand-in's control route, as its hosted form would. */
export async function payThroughStandin(request: APIRequestContext, checkoutUrl: string, card = "4242424242424242"): Promise<void> {
  const sessionId = new URL(checkoutUrl).pathname.split("/").at(-1)!;
  const res = await request.post(`${STRIPE_STANDIN_ORIGIN}/__standin/checkout/sessions/${sessionId}/pay`, { data: { card } });
  expect(res.ok(), await res.text()).toBe(true);
}

/** Fills the stand-in's hosted payment page (a card) and submits it. */
export async function payOnHostedPage(page: Page, card: string): Promise<void> {
  await page.getByLabel("Card number").fill(card);
  await page.getByLabel("Expiry (MM/YY)").fill("12/34");
  await page.getByLabel("CVC").fill("123");
  await page.getByLabel("Name").fill("Test Buyer");
  await page.getByRole("button", { name: /^Pay / }).click();
}
