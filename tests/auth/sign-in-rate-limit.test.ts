// Rate limits on password sign-ins and magic-link requests (in-process limiter, AUTH_RATE_LIMITS on): per email
// from anywhere (failed sign-ins only; mails sent), and per client address; refused attempts reach the page as
// CredentialsSignin code=rate_limited. TRUSTED_PROXY_HOPS=1: the X-Forwarded-For of these requests names the client.
import { randomBytes } from "node:crypto";

import { afterEach, describe, expect, it, vi } from "vitest";

import { assertAuthRateLimit, SignInRateLimited } from "@/lib/auth/assert-auth-rate-limit";
import { authorizeCredentials } from "@/lib/auth/authorize-credentials";
import { magicLinkProvider } from "@/lib/auth/magic-link-provider";
import { RATE_LIMIT_POLICIES } from "@/lib/cache/rate-limit/rate-limit-policies";
import { withEnv } from "@/tests/support/with-env";

import { setUpAccountsDatabase } from "./support/accounts-test-env";
import { signInWithPassword } from "./support/auth-js";
import { createUser, STRONG_PASSWORD } from "./support/users";

setUpAccountsDatabase({ AUTH_RATE_LIMITS: "on", TRUSTED_PROXY_HOPS: "1" });
afterEach(() => vi.useRealTimers());

// A /64 of its own each time: IPv6 clients are counted per /64.
const randomIp = () => `2001:db8:${randomBytes(2).toString("hex")}:${randomBytes(2).toString("hex")}::1`;
const fromClient = (ip?: string) =>
  new Request("http://localhost/api/auth/callback/credentials", { method: "POST", headers: ip ? { "x-forwarded-for": ip } : {} });
const attempt = (email: string, password: string, ip?: string) =>
  authorizeCredentials({ email, password }, fromClient(ip)).then(
    (user) => ({ user }),
    (error: unknown) => ({ error }),
  );

describe("password sign-in limits", () => {
  it(`refuses the email after ${RATE_LIMIT_POLICIES.signInFailures.limit} failures from anywhere, even with the right password`, async () => {
    const user = await createUser("guessed");
    const other = await createUser("bystander");
    for (let i = 0; i < RATE_LIMIT_POLICIES.signInFailures.limit; i++) {
      // No proxy header on half of them: the per-email limit holds without one.
      expect(await attempt(user.email, `wrong-guess-${i}`, i % 2 ? randomIp() : undefined)).toEqual({ user: null });
    }
    const refused = await attempt(user.email.toUpperCase(), STRONG_PASSWORD, randomIp());
    expect(refused).toEqual({ error: expect.any(SignInRateLimited) });
    const error = (refused as { error: SignInRateLimited }).error;
    expect(error.code).toBe("rate_limited");
    expect(error.retryAfterSeconds).toBeGreaterThan(0);
    // The first tier: a delay of at most a minute, not a lock.
    expect(error.retryAfterSeconds).toBeLessThanOrEqual(RATE_LIMIT_POLICIES.signInFailures.windowMs / 1000);
    expect(await attempt(other.email, STRONG_PASSWORD)).toEqual({ user: expect.objectContaining({ id: other.id }) });
  });

  it("counts only failures against the email: its owner signs in as often as they like", async () => {
    const user = await createUser("regular");
    for (let i = 0; i < RATE_LIMIT_POLICIES.signInFailures.limit * 2; i++) {
      expect(await attempt(user.email, STRONG_PASSWORD, randomIp())).toEqual({ user: expect.objectContaining({ id: user.id }) });
    }
    for (let i = 0; i < RATE_LIMIT_POLICIES.signInFailures.limit - 1; i++) await attempt(user.email, `typo-${i}`, randomIp());
    expect(await attempt(user.email, STRONG_PASSWORD, randomIp())).toEqual({ user: expect.objectContaining({ id: user.id }) });
  });

  it("delays progressively: a minute's wait lets a few more attempts in, until the longer tiers hold", async () => {
    vi.useFakeTimers({ toFake: ["Date"], now: Date.UTC(2030, 0, 1, 0, 0, 30) });
    const user = await createUser("waited");
    const tries: string[] = [];
    for (let minute = 0; minute < 5; minute++) {
      for (let i = 0; i < RATE_LIMIT_POLICIES.signInFailures.limit; i++) {
        const result = await attempt(user.email, `guess-${minute}-${i}`, randomIp());
        tries.push("error" in result ? "refused" : "failed");
      }
      vi.setSystemTime(Date.now() + 2 * 60_000);
    }
    // 5 failures, then (two minutes later) 5 more reach the 10-per-10-minutes tier, after which every attempt
    // within those ten minutes is refused without being checked.
    expect(tries.filter((t) => t === "failed")).toHaveLength(RATE_LIMIT_POLICIES.signInFailures10m.limit);
    expect(tries.slice(0, 10)).toEqual(Array(10).fill("failed"));
    expect(tries.slice(10)).toEqual(Array(tries.length - 10).fill("refused"));
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
    for (let i = 0; i < RATE_LIMIT_POLICIES.signInFailures.limit; i++) await attempt(user.email, `wrong-${i}`, ip);
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
      for (let i = 0; i < RATE_LIMIT_POLICIES.signInFailures10m.limit + 2; i++)
        expect(await attempt(user.email, `wrong-${i}`)).toEqual({ user: null });
      expect(await attempt(user.email, STRONG_PASSWORD)).toEqual({ user: expect.objectContaining({ id: user.id }) });
    });
  });
});

describe("magic-link limits", () => {
  it("refuses a second link to an address within a minute, before anything is sent", async () => {
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

  it(`sends at most ${RATE_LIMIT_POLICIES.magicLinkEmailDay.limit} links a day to one address, however spaced`, async () => {
    vi.useFakeTimers({ toFake: ["Date"], now: Date.UTC(2030, 0, 2, 0, 0, 0) });
    const email = `daily-${randomBytes(4).toString("hex")}@example.test`;
    for (let i = 0; i < RATE_LIMIT_POLICIES.magicLinkEmailDay.limit; i++) {
      await assertAuthRateLimit("magicLink", new Headers({ "x-forwarded-for": randomIp() }), email);
      vi.setSystemTime(Date.now() + 61 * 60_000);
    }
    await expect(assertAuthRateLimit("magicLink", new Headers({ "x-forwarded-for": randomIp() }), email)).rejects.toBeInstanceOf(
      SignInRateLimited,
    );
  });

  it(`refuses a client address after ${RATE_LIMIT_POLICIES.magicLink.limit} requests for any addresses`, async () => {
    const headers = new Headers({ "x-forwarded-for": randomIp() });
    for (let i = 0; i < RATE_LIMIT_POLICIES.magicLink.limit; i++) await assertAuthRateLimit("magicLink", headers, `many-${i}@example.test`);
    await expect(assertAuthRateLimit("magicLink", headers, "one-more@example.test")).rejects.toBeInstanceOf(SignInRateLimited);
  });
});
