// The guest cart merges at sign-in whichever way the player signs in: by password, by emailed link and by OAuth,
// each through the real Auth.js handlers (a local OpenID provider in Twitch's place). The merge is done lazily by
// the first cart request carrying both the new session cookie and the guest cookie (app/api/cart/_lib/cart-visitor.ts),
// so what each path must give is a session cookie our cart routes accept beside the guest cookie the browser kept.
import { NextRequest } from "next/server";
import { beforeAll, describe, expect, it } from "vitest";

import { getDb } from "@/lib/accounts-db/get-db";
import { handlers } from "@/lib/auth/auth";
import { CART_COOKIE } from "@/lib/store/cart/cart-cookie";
import { setUpAccountsDatabase } from "@/tests/auth/support/accounts-test-env";
import { cookiesFrom, postAuthForm, requestSignInLink, signInWithPassword, withCookiesFrom } from "@/tests/auth/support/auth-js";
import { setUpLocalTwitch } from "@/tests/auth/support/local-openid-provider";
import { signInLinkSentTo } from "@/tests/auth/support/queued-mail";
import { createUser, STRONG_PASSWORD } from "@/tests/auth/support/users";
import { popularGames } from "@/tests/library/support/entry-routes";

import { cartRoutes, cookies, setCookie } from "./support/cart-routes";
import { listGame } from "./support/store-fixtures";

setUpAccountsDatabase();

const [g1, g2] = popularGames(2).map((g) => g.id) as [number, number];
const localTwitch = setUpLocalTwitch((accountId) => ({
  email: `${accountId}@example.test`,
  email_verified: true,
  preferred_username: accountId,
}));

beforeAll(async () => {
  await listGame(g1);
  await listGame(g2);
});

/** A guest cart holding g1 and g2, as the cookie the browser keeps. */
async function guestCart(): Promise<string> {
  const first = await cartRoutes().add({ gameId: g1 });
  const cartId = setCookie(first.headers, CART_COOKIE)!.value;
  await cartRoutes(cookies({ cart: cartId })).add({ gameId: g2 });
  return cartId;
}

/** The first cart request after the sign-in: the session cookie(s) Auth.js set, beside the guest cookie. */
async function expectMerged(signedIn: Response, cartId: string): Promise<void> {
  expect(signedIn.headers.getSetCookie().join()).toContain("session-token");
  const res = await cartRoutes(withCookiesFrom(cookies({ cart: cartId })!, signedIn)).get();
  expect(res.status).toBe(200);
  expect(res.body.items.map((i: { game_id: number }) => i.game_id)).toEqual([g1, g2]);
  expect(setCookie(res.headers, CART_COOKIE)).toMatchObject({ value: "", "max-age": "0" });
  expect(await (await getDb()).cart.findUnique({ where: { id: cartId } })).toBeNull();
  // And the session alone now finds the games: they are the user's.
  expect((await cartRoutes(cookiesFrom(signedIn)).get()).body.count).toBe(2);
}

describe("merge at sign-in, on every sign-in path", () => {
  it("by password (the credentials form)", async () => {
    const cartId = await guestCart();
    const user = await createUser("by-password");
    await expectMerged(await signInWithPassword(user.email, STRONG_PASSWORD), cartId);
  });

  it("by an emailed sign-in link", async () => {
    const cartId = await guestCart();
    expect((await requestSignInLink("by-link@example.test")).status).toBe(302);
    const signedIn = await handlers.GET(new NextRequest(await signInLinkSentTo("by-link@example.test")));
    await expectMerged(signedIn, cartId);
  });

  it("by OAuth (an OpenID provider in Twitch's place)", async () => {
    const cartId = await guestCart();
    const { response: start, cookie } = await postAuthForm("signin/twitch", { callbackUrl: "http://localhost/cart" });
    const back = await localTwitch().authorize(start.headers.get("location")!, "by-oauth");
    const signedIn = await handlers.GET(new NextRequest(back, { headers: { cookie: withCookiesFrom(cookie, start) } }));
    await expectMerged(signedIn, cartId);
  });
});
