// A player who bought a game, made through the site's own HTTP API as a browser would: sign-up, sign-in with the
// password form, a listed game in the cart, checkout, and payment on the Stripe stand-in. bench:web audits the
// order page and the receipt with this player's cookies.
import { setTimeout as sleep } from "node:timers/promises";

import { expectStatus, jsonPost as json, signUpPlayer } from "./sign-up-player";

export async function createBuyer(base: string, stripeStandin: string): Promise<{ orderId: string; cookie: string }> {
  const { call, cookie } = await signUpPlayer(base, "bench-web");

  // A game for sale: the zero-config demo listings cover the popular games.
  const { results } = (await (await call("/api/games/search?q=mario&limit=50")).json()) as { results: Array<{ id: number }> };
  const { offers } = (await (await call(`/api/offers?ids=${results.map((g) => g.id).join(",")}`)).json()) as {
    offers: Record<string, unknown>;
  };
  const gameId = Number(Object.keys(offers).find((id) => offers[id] !== null));
  if (!gameId) throw new Error("no listed game found for 'mario': are the demo listings off (STORE_DEMO_LISTINGS)?");
  await expectStatus(await call("/api/cart/items", json({ gameId })), [200, 201], "add to cart");
  const checkout = (await (await expectStatus(await call("/api/checkout", json({})), [201], "checkout")).json()) as {
    order_id: string;
    checkout_url: string;
  };
  const sessionId = new URL(checkout.checkout_url).pathname.split("/").at(-1)!;
  const paid = await fetch(`${stripeStandin}/__standin/checkout/sessions/${sessionId}/pay`, json({ card: "4242424242424242" }));
  await expectStatus(paid, [200], "payment on the stand-in");
  // The webhook fulfils the order in the background; the page is audited once it shows "Paid".
  for (let i = 0; i < 100; i++) {
    const order = (await (await call(`/api/users/me/orders/${checkout.order_id}`)).json()) as { status?: string };
    if (order.status === "paid") break;
    await sleep(100);
  }
  return { orderId: checkout.order_id, cookie: cookie() };
}
