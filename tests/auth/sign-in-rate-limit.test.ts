// Rate limits on password sign-ins and magic-link requests (in-process limiter, AUTH_RATE_LIMITS on): per email
// from anywhere, and per client address; refused attempts reach the page as CredentialsSignin code=rate_limited.
import { randomBytes } from "node:crypto";

import { describe, expect, it } from "vitest";

import { RATE_LIMIT_POLICIES } from "@/lib/api/rate-limit-policies";
import { assertAuthRateLimit, SignInRateLimited } from "@/lib/auth/assert-auth-rate-limit";
import { authorizeCredentials } from "@/lib/auth/authorize-credentials";
import { magicLinkProvider } from "@/lib/auth/magic-link-provider";
import { withEnv } from "@/tests/support/with-env";

import { setUpAccountsDatabase } from "./support/accounts-test-env";
import { signInWithPassword } from "./support/auth-js";
import { createUser, STRONG_PASSWORD } from "./support/users";

setUpAccountsDatabase({ AUTH_RATE_LIMITS: "on" });

const randomIp = () => `2001:db8::${randomBytes(2).toString("hex")}:${randomBytes(2).toString("hex")}`;
const fromClient = (ip?: string) =>
  new Request("http://localhost/api/auth/callback/credentials", { method: "POST", headers: ip ? { "x-forwarded-for": ip } : {} });
const attempt = (email: string, password: string, ip?: string) =>
  authorizeCredentials({ email, password }, fromClient(ip)).then(
    (user) => ({ user }),
    (error: unknown) => ({ error }),
  );

describe("password sign-in limits", () => {
  it(`refuses the email after ${RATE_LIMIT_POLICIES.signInEmail.limit} attempts from anywhere, even with the right password`, async () => {
    const user = await createUser("guessed");
    const other = await createUser("bystander");
    for (let i = 0; i < RATE_LIMIT_POLICIES.signInEmail.limit; i++) {
      // No proxy header on half of them: the per-email limit holds without one.
      expect(await attempt(user.email, `wrong-guess-${i}`, i % 2 ? randomIp() : undefined)).toEqual({ user: null });
    }
    const refused = await attempt(user.email.toUpperCase(), STRONG_PASSWORD, randomIp());
    expect(refused).toEqual({ error: expect.any(SignInRateLimited) });
    const error = (refused as { error: SignInRateLimited }).error;
    expect(error.code).toBe("rate_limited");
    expect(error.retryAfterSeconds).toBeGreaterThan(0);
    expect(error.retryAfterSeconds).toBeLessThanOrEqual(RATE_LIMIT_POLICIES.signInEmail.windowMs / 1000);
    expect(await attempt(other.email, STRONG_PASSWORD)).toEqual({ user: expect.objectContaining({ id: other.id }) });
  });

  it(`refuses a client address after ${RATE_LIMIT_POLICIES.signIn.limit} attempts, whichever emails it tries`, async () => {
    const ip = randomIp();
    for (let i = 0; i < RATE_LIMIT_POLICIES.signIn.limit; i++) {
      expect(await attempt(`sprayed-${i}@example.test`, STRONG_PASSWORD, ip)).toEqual({ user: null });
    }
    const user = await createUser("sprayer");
    expect(await attempt(user.email, STRONG_PASSWORD, ip)).toEqual({ error: expect.any(SignInRateLimited) });
    expect(await attempt(user.email, STRONG_PASSWORD, randomIp())).toEqual({ user: expect.objectContaining({ id: user.id }) });
  });

  it("answers the refused sign-in form with Auth.js's CredentialsSignin redirect carrying code=rate_limited, and no session", async () => {
    const user = await createUser("formed");
    const ip = randomIp();
    for (let i = 0; i < RATE_LIMIT_POLICIES.signInEmail.limit; i++) await attempt(user.email, `wrong-${i}`, ip);
    const res = await signInWithPassword(user.email, STRONG_PASSWORD, { "x-forwarded-for": ip });
    expect(res.status).toBe(302);
    const location = new URL(res.headers.get("location")!);
    expect(location.searchParams.get("error")).toBe("CredentialsSignin");
    expect(location.searchParams.get("code")).toBe("rate_limited");
    expect(res.headers.getSetCookie().join()).not.toContain("session-token");
  });

  it("lets every attempt through with AUTH_RATE_LIMITS=off", async () => {
    const user = await createUser("unlimited");
    await withEnv({ AUTH_RATE_LIMITS: "off" }, async () => {
      for (let i = 0; i < RATE_LIMIT_POLICIES.signInEmail.limit + 2; i++) expect(await attempt(user.email, `wrong-${i}`)).toEqual({ user: null });
      expect(await attempt(user.email, STRONG_PASSWORD)).toEqual({ user: expect.objectContaining({ id: user.id }) });
    });
  });
});

describe("magic-link limits", () => {
  it(`refuses to send a link to an address asked for ${RATE_LIMIT_POLICIES.magicLinkEmail.limit} times, before anything is sent`, async () => {
    const email = `inbox-${randomBytes(4).toString("hex")}@example.test`;
    const headers = new Headers({ "x-forwarded-for": randomIp() });
    for (let i = 0; i < RATE_LIMIT_POLICIES.magicLinkEmail.limit; i++) await assertAuthRateLimit("magicLink", headers, email);
    const send = magicLinkProvider().sendVerificationRequest({
      identifier: email,
      url: "http://localhost/api/auth/callback/email?token=t",
      expires: new Date(Date.now() + 60_000),
      provider: magicLinkProvider(),
      token: "t",
      theme: {},
      request: new Request("http://localhost/api/auth/signin/email", { method: "POST", headers: { "x-forwarded-for": randomIp() } }),
    });
    await expect(send).rejects.toBeInstanceOf(SignInRateLimited);
  });

  it(`refuses a client address after ${RATE_LIMIT_POLICIES.magicLink.limit} requests for any addresses`, async () => {
    const headers = new Headers({ "x-forwarded-for": randomIp() });
    for (let i = 0; i < RATE_LIMIT_POLICIES.magicLink.limit; i++) await assertAuthRateLimit("magicLink", headers, `many-${i}@example.test`);
    await expect(assertAuthRateLimit("magicLink", headers, "one-more@example.test")).rejects.toBeInstanceOf(SignInRateLimited);
  });
});
