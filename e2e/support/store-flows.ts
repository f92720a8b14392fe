// Store steps the order-page specs share: games listed for sale, an order placed through the real API, and
// a payment made through the Stripe stand-in's control route (what its hosted form does, without the form).
import { expect, type APIRequestContext, type Page } from "@playwright/test";
import pg from "pg";

import { e2eDatabaseUrl } from "../../tests/support/test-postgres";

/** The stand-in the e2e server starts (STRIPE_STANDIN_PORT from E2E_STRIPE_STANDIN_PORT in playwright.config.ts). */
export const STRIPE_STANDIN_ORIGIN = `http://127.0.0.1:${process.env.E2E_STRIPE_STANDIN_PORT ?? 3220}`;

export interface ListedGame {
  id: number;
  slug: string;
  name: string;
}

// The prices the specs list their games at, one per sellable currency (the e2e server may resolve any of them).
const E2E_PRICES = { USD: "14.99", EUR: "14.99", GBP: "12.99", JPY: "1980.00" };

/**
 * `count` popular games, found through the search API as a player finds them, and listed for sale in the e2e
 * server's PostgreSQL (as an operator lists them; a game zero-config already listed keeps its prices). Each
 * spec's player is new, so the same games serve every test.
 */
export async function listedGames(request: APIRequestContext, count: number): Promise<ListedGame[]> {
  const res = await request.get("/api/games/search?q=mario&sort=popularity&limit=20");
  expect(res.status()).toBe(200);
  const games = ((await res.json()) as { results: ListedGame[] }).results.slice(0, count).map(({ id, slug, name }) => ({ id, slug, name }));
  expect(games.length).toBe(count);
  const db = new pg.Client({ connectionString: e2eDatabaseUrl() });
  await db.connect();
  try {
    for (const game of games) {
      const { rows } = await db.query<{ id: string }>(
        `INSERT INTO "Listing" (id, "gameId", "updatedAt") VALUES ($1, $2, now())
         ON CONFLICT ("gameId") DO UPDATE SET "unlistedAt" = NULL RETURNING id`,
        [`e2e${game.id}x${Math.random().toString(36).slice(2, 10)}`, game.id],
      );
      for (const [currency, amount] of Object.entries(E2E_PRICES)) {
        await db.query(
          `INSERT INTO "ListingPrice" ("listingId", currency, amount, "updatedAt") VALUES ($1, $2, $3, now()) ON CONFLICT DO NOTHING`,
          [rows[0]!.id, currency, amount],
        );
      }
    }
  } finally {
    await db.end();
  }
  return games;
}

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
