// Attacks on the cart API: cross-site writes (the cart cookie is ambient authority, as a session is), and a cart
// id in the cookie that is not the visitor's: another guest's is a bearer token by design (httpOnly, unguessable),
// but a user's cart id, copied or forged into the cookie, must open nothing and merge nothing.
import { beforeAll, describe, expect, it } from "vitest";

import { getDb } from "@/lib/accounts-db/get-db";
import { CART_COOKIE } from "@/lib/store/cart/cart-cookie";
import { setUpAccountsDatabase } from "@/tests/auth/support/accounts-test-env";
import { sessionCookie } from "@/tests/auth/support/session";
import { createUser } from "@/tests/auth/support/users";
import { popularGames } from "@/tests/library/support/entry-routes";

import { cartRoutes, cookies, setCookie } from "./support/cart-routes";
import { cartGameIds, listGame } from "./support/store-fixtures";

setUpAccountsDatabase();

const [g1, g2] = popularGames(2).map((g) => g.id) as [number, number];
let victimSession: string;
let victimCart: string;

beforeAll(async () => {
  await listGame(g1);
  await listGame(g2);
  const victim = await createUser("victim");
  victimSession = await sessionCookie(victim);
  await cartRoutes(victimSession).add({ gameId: g1 });
  victimCart = (await (await getDb()).cart.findUniqueOrThrow({ where: { userId: victim.id } })).id;
});

describe("CSRF", () => {
  it("refuses a cross-site add and remove, for a guest and a user, and changes nothing", async () => {
    const guest = await cartRoutes().add({ gameId: g2 });
    const guestCart = setCookie(guest.headers, CART_COOKIE)!.value;
    for (const cookie of [cookies({ cart: guestCart }), victimSession]) {
      const api = cartRoutes(cookie);
      const evil = { origin: "https://evil.example" };
      expect((await api.add({ gameId: g1 }, evil)).status).toBe(403);
      expect((await api.add(`gameId=${g1}`, { "content-type": "application/x-www-form-urlencoded" })).status).toBe(403);
      expect((await api.add(JSON.stringify({ gameId: g1 }), { "content-type": "text/plain" })).status).toBe(403);
      expect((await api.remove(g2, evil)).status).toBe(403);
      expect((await api.remove(g1, { origin: "null" })).status).toBe(403);
    }
    expect(await cartGameIds(guestCart)).toEqual([g2]);
    expect(await cartGameIds(victimCart)).toEqual([g1]);
  });
});

describe("a user's cart id in the cart cookie", () => {
  it("is not read, nor changed, by a guest presenting it, and the cookie is cleared", async () => {
    const api = cartRoutes(cookies({ cart: victimCart }));
    const read = await api.get();
    expect(read.body.count).toBe(0);
    expect(setCookie(read.headers, CART_COOKIE)).toMatchObject({ value: "", "max-age": "0" });
    await api.remove(g1);
    const added = await api.add({ gameId: g2 });
    expect(setCookie(added.headers, CART_COOKIE)?.value).not.toBe(victimCart);
    expect(await cartGameIds(victimCart)).toEqual([g1]);
  });

  it("is not merged into another user's cart, nor deleted, when that user signs in with it", async () => {
    const attacker = await createUser("attacker");
    const read = await cartRoutes(cookies({ session: await sessionCookie(attacker), cart: victimCart })).get();
    expect(read.body.count).toBe(0);
    expect(await cartGameIds(victimCart)).toEqual([g1]);
    expect((await cartRoutes(victimSession).get()).body.items.map((i: { game_id: number }) => i.game_id)).toEqual([g1]);
  });

  it("a forged session cookie opens no cart (the guest view, empty)", async () => {
    const forged = cookies({ session: "authjs.session-token=not-a-token", cart: victimCart });
    const read = await cartRoutes(forged).get();
    expect([read.status, read.body.count]).toEqual([200, 0]);
  });
});
