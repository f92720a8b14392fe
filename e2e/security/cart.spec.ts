// Attacks on the cart against the running server: a cross-site page writing to a visitor's cart (the cart cookie
// is ambient authority, like a session), a user's cart id planted in the cart cookie, a page trying to read the
// cookie, and junk the API must refuse with a 4xx, never a 500.
import { expect, test } from "@playwright/test";

import { listGamesForSale, type CartTestGame } from "../support/cart-listings";

let games: CartTestGame[];

test.beforeAll(async ({ request }) => {
  games = await listGamesForSale(request, "mario", 2);
});

test("a cross-site form or fetch cannot add to or remove from a guest's cart", async ({ playwright, baseURL }) => {
  const [a, b] = games as [CartTestGame, CartTestGame];
  const guest = await playwright.request.newContext({ baseURL });
  expect((await guest.post("/api/cart/items", { data: { gameId: a.id } })).status()).toBe(201);
  const attempts = [
    guest.post("/api/cart/items", { data: { gameId: b.id }, headers: { origin: "https://evil.example" } }),
    guest.post("/api/cart/items", { form: { gameId: String(b.id) } }),
    guest.post("/api/cart/items", { data: JSON.stringify({ gameId: b.id }), headers: { "content-type": "text/plain" } }),
    guest.delete(`/api/cart/items/${a.id}`, { headers: { origin: "https://evil.example" } }),
  ];
  for (const res of await Promise.all(attempts)) expect(res.status()).toBe(403);
  const cart = (await (await guest.get("/api/cart")).json()) as { items: Array<{ game_id: number }> };
  expect(cart.items.map((i) => i.game_id)).toEqual([a.id]);
  await guest.dispose();
});

test("the cart cookie is httpOnly and Lax: a page's script cannot read it", async ({ page }) => {
  await page.goto("/");
  const res = await page.request.post("/api/cart/items", { data: { gameId: games[0]!.id } });
  expect([200, 201]).toContain(res.status());
  await page.reload();
  const visible = await page.evaluate(() => document.cookie);
  expect(visible).not.toContain("questlog_cart=");
  expect(visible).toContain("questlog_cart_hint=1"); // the badge's hint, which opens nothing
  const cookie = (await page.context().cookies()).find((c) => c.name === "questlog_cart");
  expect(cookie).toMatchObject({ httpOnly: true, sameSite: "Lax", path: "/" });
});

test("another visitor's cart id planted in the cookie by guessing opens nothing", async ({ baseURL }) => {
  for (const planted of ["c0000000000000000000000000", "e2e00000000000000000", "x".repeat(30)]) {
    const res = await fetch(`${baseURL}/api/cart`, { headers: { cookie: `questlog_cart=${planted}` } });
    expect(res.status).toBe(200);
    expect(((await res.json()) as { count: number }).count).toBe(0);
    expect(res.headers.get("set-cookie")).toContain("questlog_cart=;");
  }
});

test("junk input gets a 4xx with the error shape, never a 500", async ({ baseURL }) => {
  const json = { "content-type": "application/json", origin: baseURL! };
  const cases: Array<[string, RequestInit]> = [
    ["/api/cart/items", { method: "POST", headers: json, body: "{" }],
    ["/api/cart/items", { method: "POST", headers: json, body: '{"gameId":"1; DROP TABLE"}' }],
    ["/api/cart/items", { method: "POST", headers: json, body: '{"gameId":1e400}' }],
    ["/api/cart/items", { method: "POST", headers: json, body: '{"gameId":{"$gt":0}}' }],
    ["/api/cart/items", { method: "POST", headers: json, body: JSON.stringify({ gameId: 1, pad: "x".repeat(70_000) }) }],
    ["/api/cart/items/%", { method: "DELETE", headers: { origin: baseURL! } }],
    ["/api/cart/items/1e3", { method: "DELETE", headers: { origin: baseURL! } }],
    ["/api/cart/items/-1", { method: "DELETE", headers: { origin: baseURL! } }],
    ["/api/cart/games/abc", { method: "GET" }],
    ["/api/cart", { method: "GET", headers: { cookie: "questlog_cart=%ZZ; questlog_currency=XXX" } }],
  ];
  for (const [path, init] of cases) {
    const res = await fetch(`${baseURL}${path}`, init);
    const label = `${init.method} ${path} ${String(init.body ?? "").slice(0, 40)}`;
    expect(res.status, label).toBeLessThan(500);
    if (res.status >= 400) expect(((await res.json()) as { error: { code: string } }).error.code, label).toEqual(expect.any(String));
  }
});
