// A real OpenID Connect provider (oidc-provider, the certified implementation) on loopback, standing in for
// Twitch's (AUTH_TWITCH_ISSUER points the app's Twitch provider at it). Its development login and consent
// pages accept any account id; `authorize()` walks them as a browser would, with a cookie jar.
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";

import Provider from "oidc-provider";
import { afterAll, beforeAll } from "vitest";

import { closeJobSystem } from "@/lib/jobs/get-job-system";
import { setTestEnv } from "@/tests/support/with-env";

export interface LocalOpenIdProvider {
  issuer: string;
  clientId: string;
  clientSecret: string;
  /** Follows an authorization URL through login (as `accountId`) and consent; returns the redirect back to the app. */
  authorize(authorizationUrl: string, accountId: string): Promise<string>;
  close(): Promise<void>;
}

/** Claims of every account: what Twitch's ID token carries (email, picture, preferred_username). */
export async function startLocalOpenIdProvider(
  claims: (accountId: string) => Record<string, unknown>,
  redirectUri: string,
): Promise<LocalOpenIdProvider> {
  const server: Server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const clientId = "questlog-test-client";
  const clientSecret = "questlog-test-client-secret-0123456789";
  const provider = new Provider(issuer, {
    clients: [
      { client_id: clientId, client_secret: clientSecret, redirect_uris: [redirectUri], token_endpoint_auth_method: "client_secret_post" },
    ],
    // Twitch asks for its claims with the `claims` parameter (see next-auth/providers/twitch).
    features: { claimsParameter: { enabled: true }, devInteractions: { enabled: true } },
    claims: { openid: ["sub"], email: ["email", "email_verified"], profile: ["preferred_username", "picture"] },
    scopes: ["openid", "user:read:email"],
    pkce: { required: () => true },
    cookies: { keys: ["questlog-test-cookie-key"] },
    ttl: { AccessToken: 600, AuthorizationCode: 60, IdToken: 600, Interaction: 600, Session: 3600, Grant: 3600 },
    findAccount: async (_ctx: unknown, accountId: string) => ({ accountId, claims: () => ({ sub: accountId, ...claims(accountId) }) }),
  });
  server.on("request", provider.callback());

  async function authorize(authorizationUrl: string, accountId: string): Promise<string> {
    const jar = new Map<string, string>();
    const cookie = () => [...jar].map(([k, v]) => `${k}=${v}`).join("; ");
    const remember = (res: Response) => {
      for (const set of res.headers.getSetCookie()) {
        const [pair] = set.split(";", 1);
        const [name, value = ""] = pair!.split("=");
        jar.set(name!, value);
      }
    };
    let url = authorizationUrl;
    for (let hop = 0; hop < 10; hop++) {
      if (url.startsWith(redirectUri)) return url;
      let res = await fetch(url, { redirect: "manual", headers: { cookie: cookie() } });
      remember(res);
      const interaction = /\/interaction\/([\w-]+)$/.exec(new URL(url).pathname);
      if (interaction && res.status === 200) {
        const prompt = (await res.text()).includes('name="login"') ? "login" : "consent";
        const body = new URLSearchParams(prompt === "login" ? { prompt, login: accountId, password: "any" } : { prompt });
        res = await fetch(url, {
          method: "POST",
          redirect: "manual",
          headers: { cookie: cookie(), "content-type": "application/x-www-form-urlencoded" },
          body,
        });
        remember(res);
      }
      const location = res.headers.get("location");
      if (!location) throw new Error(`the provider stopped at ${url} with ${res.status}: ${(await res.text()).slice(0, 300)}`);
      url = new URL(location, url).toString();
    }
    throw new Error("too many redirects at the OpenID provider");
  }

  return { issuer, clientId, clientSecret, authorize, close: () => new Promise((resolve) => server.close(() => resolve())) };
}

/**
 * Call at the top of a test file that signs in with "Twitch": beforeAll starts the local provider and points the
 * app's Twitch settings at it; afterAll undoes both and closes the job system (sign-ins may queue mail). Returns
 * a getter for the provider, set once beforeAll has run.
 */
export function setUpLocalTwitch(claims: (accountId: string) => Record<string, unknown>): () => LocalOpenIdProvider {
  let openId: LocalOpenIdProvider | undefined;
  let restoreEnv: (() => void) | undefined;
  beforeAll(async () => {
    openId = await startLocalOpenIdProvider(claims, "http://localhost/api/auth/callback/twitch");
    restoreEnv = setTestEnv({
      AUTH_TWITCH_ID: openId.clientId,
      AUTH_TWITCH_SECRET: openId.clientSecret,
      AUTH_TWITCH_ISSUER: openId.issuer,
    });
  });
  afterAll(async () => {
    restoreEnv?.();
    await openId?.close();
    await closeJobSystem();
  });
  return () => {
    if (!openId) throw new Error("setUpLocalTwitch: the provider starts in beforeAll");
    return openId;
  };
}
