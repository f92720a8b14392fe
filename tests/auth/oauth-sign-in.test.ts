// OAuth sign-in end to end through the real Auth.js handlers and a real OpenID provider on loopback in
// Twitch's place: the first sign-in creates the account (email lower-cased, linked Twitch account), a listed
// ADMIN_EMAILS address becomes an admin, the session works on our API, and an existing account with the same
// email is not taken over.
import { NextRequest } from "next/server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { getDb } from "@/lib/accounts-db/get-db";
import { handlers } from "@/lib/auth/auth";
import { requireUser } from "@/lib/auth/require-user";
import { signUp } from "@/lib/auth/sign-up";
import { setTestEnv } from "@/tests/support/with-env";

import { setUpAccountsDatabase } from "./support/accounts-test-env";
import { apiRequest } from "./support/api-request";
import { cookiesFrom, postAuthForm, withCookiesFrom } from "./support/auth-js";
import { startLocalOpenIdProvider, type LocalOpenIdProvider } from "./support/local-openid-provider";
import { STRONG_PASSWORD } from "./support/users";

setUpAccountsDatabase({ ADMIN_EMAILS: "streamer@example.test" });

let openId: LocalOpenIdProvider;
let restoreEnv: () => void;
beforeAll(async () => {
  openId = await startLocalOpenIdProvider(
    (accountId) => ({
      email: `${accountId[0]!.toUpperCase()}${accountId.slice(1)}@Example.test`,
      email_verified: true,
      preferred_username: accountId,
    }),
    "http://localhost/api/auth/callback/twitch",
  );
  restoreEnv = setTestEnv({ AUTH_TWITCH_ID: openId.clientId, AUTH_TWITCH_SECRET: openId.clientSecret, AUTH_TWITCH_ISSUER: openId.issuer });
});
afterAll(async () => {
  restoreEnv();
  await openId.close();
});

/** Sign in with "Twitch" as `accountId`, as a browser would; the response to the callback. */
async function signInWithTwitch(accountId: string): Promise<Response> {
  const { response: start, cookie } = await postAuthForm("signin/twitch", { callbackUrl: "http://localhost/library" });
  const authorizationUrl = start.headers.get("location")!;
  expect(authorizationUrl.startsWith(`${openId.issuer}/auth?`)).toBe(true);
  const back = await openId.authorize(authorizationUrl, accountId);
  // The state, PKCE and nonce cookies Auth.js set at the start must come back, as a browser sends them.
  return handlers.GET(new NextRequest(back, { headers: { cookie: withCookiesFrom(cookie, start) } }));
}

describe("Sign in with Twitch (a local OpenID provider)", () => {
  it("does not sign in to an existing password account with the same email (no silent linking)", async () => {
    const owner = (await signUp({ email: "taken@example.test", password: STRONG_PASSWORD, name: null }))!;
    const res = await signInWithTwitch("taken");
    expect(new URL(res.headers.get("location")!).searchParams.get("error")).toBe("OAuthAccountNotLinked");
    expect(res.headers.getSetCookie().join()).not.toContain("session-token");
    expect(await (await getDb()).account.count({ where: { userId: owner.id } })).toBe(0);
  });

  it("creates the account on first sign-in, links Twitch, and signs in to our API", async () => {
    const res = await signInWithTwitch("viewer");
    expect(res.status).toBe(302);
    expect(res.headers.get("location")).toBe("http://localhost/library");
    const user = await requireUser(apiRequest("/", { cookie: cookiesFrom(res) }));
    expect(user).toMatchObject({ email: "viewer@example.test", role: "PLAYER" });
    const accounts = await (await getDb()).account.findMany({ where: { userId: user.id } });
    expect(accounts).toEqual([expect.objectContaining({ provider: "twitch", providerAccountId: "viewer", type: "oidc" })]);
  });

  it("signs the same account in again, and makes an ADMIN_EMAILS address an admin", async () => {
    const first = await requireUser(apiRequest("/", { cookie: cookiesFrom(await signInWithTwitch("streamer")) }));
    expect(first).toMatchObject({ email: "streamer@example.test", role: "ADMIN" });
    const again = await requireUser(apiRequest("/", { cookie: cookiesFrom(await signInWithTwitch("streamer")) }));
    expect(again.id).toBe(first.id);
    expect(await (await getDb()).user.count({ where: { email: "streamer@example.test" } })).toBe(1);
  });
});
