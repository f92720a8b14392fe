// The cart API through the real route handlers on a fresh PostgreSQL database, with the catalog's real games:
// the guest cookie flow, the merge at sign-in, the 409s, prices in the visitor's currency, and every bad input a
// 4xx (never a 500). Attacks on the cookie and CSRF are in cart-attacks.test.ts.
import { beforeAll, describe, expect, it } from "vitest";

import { getDb } from "@/lib/accounts-db/get-db";
import { CART_COOKIE, CART_HINT_COOKIE } from "@/lib/store/cart/cart-cookie";
import { setUpAccountsDatabase } from "@/tests/auth/support/accounts-test-env";
import { sessionCookie } from "@/tests/auth/support/session";
import { createUser } from "@/tests/auth/support/users";
import { popularGames } from "@/tests/library/support/entry-routes";

import { cartRoutes, cookies, setCookie } from "./support/cart-routes";
import { grantGame, listGame, unlistGame } from "./support/store-fixtures";

setUpAccountsDatabase();

const [g1, g2, g3, g4, g5] = popularGames(5).map((g) => g.id) as [number, number, number, number, number];

beforeAll(async () => {
  for (const id of [g1, g2, g3, g4]) await listGame(id, { USD: "20.00", EUR: "18.00", GBP: "16.00", JPY: "2500.00" });
  await listGame(g5);
  await unlistGame(g5);
});

describe("a guest's cart", () => {
  let cartId: string;

  it("is empty without a cookie, sets no cookie, and is never cached", async () => {
    const { status, body, headers } = await cartRoutes().get();
    expect(status).toBe(200);
    expect(body).toEqual({ items: [], count: 0, currency: "USD", subtotal: "0.00", discount: "0.00", total: "0.00" });
    expect(headers.get("cache-control")).toBe("private, no-store");
    expect(headers.getSetCookie()).toEqual([]);
  });

  it("starts on the first add: 201, an httpOnly Lax cookie for 30 days naming a guest cart, and a script-readable hint", async () => {
    const { status, body, headers } = await cartRoutes().add({ gameId: g1 });
    expect(status).toBe(201);
    expect(body).toMatchObject({ count: 1, currency: "USD", total: "20.00" });
    expect(body.items[0]).toMatchObject({ game_id: g1, title: expect.any(String), slug: expect.any(String), price_changed: false });
    expect(body.items[0].offer).toMatchObject({ currency: "USD", price: "20.00", regular_price: "20.00", discount_percent: 0 });
    const cookie = setCookie(headers, CART_COOKIE)!;
    expect(cookie).toMatchObject({ httponly: "true", samesite: "lax", path: "/", "max-age": String(30 * 24 * 3600) });
    expect(cookie.secure).toBeUndefined(); // the test site is http
    expect(setCookie(headers, CART_HINT_COOKIE)).toMatchObject({ value: "1", "max-age": String(30 * 24 * 3600) });
    expect(setCookie(headers, CART_HINT_COOKIE)?.httponly).toBeUndefined();
    cartId = cookie.value;
    const row = await (await getDb()).cart.findUniqueOrThrow({ where: { id: cartId } });
    expect(row.userId).toBeNull();
  });

  it("adds a game twice as one copy (200 the second time), and a second game", async () => {
    const api = cartRoutes(cookies({ cart: cartId }));
    const again = await api.add({ gameId: g1 });
    expect([again.status, again.body.count]).toEqual([200, 1]);
    const second = await api.add({ gameId: g2 });
    expect([second.status, second.body.count, second.body.total]).toEqual([201, 2, "40.00"]);
    expect(setCookie(second.headers, CART_COOKIE)?.value).toBe(cartId); // same cart, cookie renewed
  });

  it("prices the cart in the visitor's currency: the picker's cookie, else Accept-Language", async () => {
    const euro = await cartRoutes(cookies({ cart: cartId })).get({ "accept-language": "de-DE,de;q=0.9" });
    expect(euro.body).toMatchObject({ currency: "EUR", total: "36.00" });
    const pound = await cartRoutes(cookies({ cart: cartId, extra: ["questlog_currency=GBP"] })).get({ "accept-language": "de" });
    expect(pound.body).toMatchObject({ currency: "GBP", total: "32.00" });
  });

  it("flags a line whose price changed since it went in, in the same currency", async () => {
    await listGame(g2, { USD: "25.00" });
    const { body } = await cartRoutes(cookies({ cart: cartId })).get();
    expect(body.items.map((i: { game_id: number; price_changed: boolean }) => [i.game_id, i.price_changed])).toEqual([
      [g1, false],
      [g2, true],
    ]);
    await listGame(g2, { USD: "20.00" });
  });

  it("refuses an unlisted game with 409 not_for_sale, and the cart is unchanged", async () => {
    const { status, body } = await cartRoutes(cookies({ cart: cartId })).add({ gameId: g5 });
    expect([status, body.error.code]).toEqual([409, "not_for_sale"]);
    expect((await cartRoutes(cookies({ cart: cartId })).get()).body.count).toBe(2);
  });

  it("removes a game, and removing it again still answers the cart", async () => {
    const api = cartRoutes(cookies({ cart: cartId }));
    const first = await api.remove(g2);
    expect([first.status, first.body.count]).toEqual([200, 1]);
    const again = await api.remove(g2);
    expect([again.status, again.body.count]).toEqual([200, 1]);
  });

  it("ignores and clears a cookie naming no cart, and the next add makes a fresh cart", async () => {
    const stale = cartRoutes(cookies({ cart: "nosuchcart0000000000000" }));
    const read = await stale.get();
    expect(read.body.count).toBe(0);
    expect(setCookie(read.headers, CART_COOKIE)).toMatchObject({ value: "", "max-age": "0" });
    const added = await stale.add({ gameId: g3 });
    expect(added.status).toBe(201);
    expect(setCookie(added.headers, CART_COOKIE)?.value).not.toBe("nosuchcart0000000000000");
  });
});

describe("signing in with a guest cart", () => {
  it("merges the guest cart into the user's (union, minus owned, one copy), deletes it and clears the cookie", async () => {
    const user = await createUser("shopper");
    await grantGame(user.id, g4);
    const session = await sessionCookie(user);
    await cartRoutes(session).add({ gameId: g1 }); // the user's own cart already has g1
    const guest = await cartRoutes().add({ gameId: g1 });
    const guestCart = setCookie(guest.headers, CART_COOKIE)!.value;
    await cartRoutes(cookies({ cart: guestCart })).add({ gameId: g2 });
    await cartRoutes(cookies({ cart: guestCart })).add({ gameId: g4 }); // owned, but the guest cannot know

    // The first cart request after sign-in, whichever way the session came (they all end in this cookie).
    const merged = await cartRoutes(cookies({ session, cart: guestCart })).get();
    expect(merged.status).toBe(200);
    expect(merged.body.items.map((i: { game_id: number }) => i.game_id).sort()).toEqual([g1, g2].sort());
    expect(setCookie(merged.headers, CART_COOKIE)).toMatchObject({ value: "", "max-age": "0" });
    expect(setCookie(merged.headers, CART_HINT_COOKIE)).toMatchObject({ value: "", "max-age": "0" });
    expect(await (await getDb()).cart.findUnique({ where: { id: guestCart } })).toBeNull();
    // The badge and the page at once, with the old cookie still in flight: nothing doubles.
    const again = await Promise.all([cartRoutes(cookies({ session, cart: guestCart })).get(), cartRoutes(session).get()]);
    expect(again.map((r) => r.body.count)).toEqual([2, 2]);
  });

  it("refuses an owned game to a signed-in user with 409 already_owned", async () => {
    const user = await createUser("owner");
    await grantGame(user.id, g3);
    const { status, body } = await cartRoutes(await sessionCookie(user)).add({ gameId: g3 });
    expect([status, body.error.code]).toEqual([409, "already_owned"]);
  });
});

describe("bad input", () => {
  it.each([
    ["a string id", { gameId: "abc" }],
    ["a numeric string", { gameId: String(g1) }],
    ["zero", { gameId: 0 }],
    ["a negative id", { gameId: -4 }],
    ["a fraction", { gameId: 1.5 }],
    ["an id past int32", { gameId: 2 ** 31 }],
    ["no id", {}],
    ["an extra field", { gameId: g1, quantity: 2 }],
    ["an array", [g1]],
    ["null", null],
  ])("answers 400 invalid_parameters for %s", async (_case, body) => {
    const res = await cartRoutes().add(body);
    expect([res.status, res.body.error.code]).toEqual([400, "invalid_parameters"]);
  });

  it("answers 400 for a body that is not JSON, and 413 for a huge one", async () => {
    expect((await cartRoutes().add("{gameId:", { "content-type": "application/json" })).body.error.code).toBe("invalid_json");
    expect((await cartRoutes().add(JSON.stringify({ gameId: g1, pad: "x".repeat(100_000) }))).status).toBe(413);
  });

  it.each(["abc", "0", "-1", "1.5", "99999999999", "%20"])("answers 400 for DELETE /api/cart/items/%s", async (id) => {
    expect((await cartRoutes().remove(id)).status).toBe(400);
  });

  it("answers 409 not_for_sale for a game no catalog has (never a 500)", async () => {
    const res = await cartRoutes().add({ gameId: 2_000_000_000 });
    expect([res.status, res.body.error.code]).toEqual([409, "not_for_sale"]);
  });

  it("ignores a malformed cart cookie", async () => {
    for (const value of ["", "%00", "a".repeat(500), '\'; DROP TABLE "Cart"; --', "../../etc"]) {
      const res = await cartRoutes(cookies({ cart: encodeURIComponent(value) })).get();
      expect(res.status, value).toBe(200);
      expect(res.body.count).toBe(0);
    }
  });
});

describe("GET /api/cart/games/{gameId} (the game page's store panel)", () => {
  it("says for sale / in cart / owned for this visitor, in their currency, never cached", async () => {
    const user = await createUser("panel");
    await grantGame(user.id, g4);
    const session = await sessionCookie(user);
    const fresh = await cartRoutes(session).game(g3, { "accept-language": "ja" });
    expect(fresh.headers.get("cache-control")).toBe("private, no-store");
    expect(fresh.body).toMatchObject({ game_id: g3, in_cart: false, owned: false, offer: { currency: "JPY", price: "2500.00" } });
    await cartRoutes(session).add({ gameId: g3 });
    expect((await cartRoutes(session).game(g3)).body).toMatchObject({ in_cart: true, owned: false });
    expect((await cartRoutes(session).game(g4)).body).toMatchObject({ owned: true });
    expect((await cartRoutes().game(g5)).body).toMatchObject({ offer: null, in_cart: false, owned: false });
    expect((await cartRoutes().game("abc")).status).toBe(400);
  });
});
