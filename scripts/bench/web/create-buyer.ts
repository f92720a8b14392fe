// A player who bought a game, made through the site's own HTTP API as a browser would: sign-up, sign-in with the
// password form, a listed game in the cart, checkout, and payment on the Stripe stand-in. bench:web audits the
// order page and the receipt with this player's cookies.
import { randomBytes } from "node:crypto";
import { setTimeout as sleep } from "node:timers/promises";

const PASSWORD = "copper kettle lantern 42";

/** A cookie jar for fetch: what the server set, sent back on every later request. */
function cookieJar() {
  const cookies = new Map<string, string>();
  return {
    header: () => [...cookies].map(([name, value]) => `${name}=${value}`).join("; "),
    keep(res: Response) {
      for (const line of res.headers.getSetCookie()) {
        const [pair] = line.split(";");
        const eq = pair!.indexOf("=");
        const name = pair!.slice(0, eq);
        const value = pair!.slice(eq + 1);
        if (value) cookies.set(name, value);
        else cookies.delete(name);
      }
    },
  };
}

export async function createBuyer(base: string, stripeStandin: string): Promise<{ orderId: string; cookie: string }> {
  const jar = cookieJar();
  async function call(path: string, init: RequestInit = {}): Promise<Response> {
    const headers = new Headers(init.headers);
    headers.set("cookie", jar.header());
    // The API takes mutations only from our own origin (CSRF); a browser sends this header itself.
    headers.set("origin", base);
    const res = await fetch(base + path, { ...init, headers, redirect: "manual" });
    jar.keep(res);
    return res;
  }
  const json = (body: unknown): RequestInit => ({
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(body),
  });
  const expectStatus = async (res: Response, ok: number[], what: string) => {
    if (!ok.includes(res.status)) throw new Error(`${what}: HTTP ${res.status} ${await res.text()}`);
    return res;
  };

  const email = `bench-web-${randomBytes(4).toString("hex")}@example.com`;
  await expectStatus(await call("/api/users", json({ email, password: PASSWORD })), [202], "sign-up");
  const { csrfToken } = (await (await call("/api/auth/csrf")).json()) as { csrfToken: string };
  const form = new URLSearchParams({ csrfToken, email, password: PASSWORD, callbackUrl: "/" });
  await expectStatus(
    await call("/api/auth/callback/credentials", {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded" },
      body: form,
    }),
    [302],
    "sign-in",
  );

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
  return { orderId: checkout.order_id, cookie: jar.header() };
}
