// Attack test: a squatter signs up with a password for the owner's address,
// signs in and keeps the cookie (A). The owner then proves the address by the emailed link (read from the SMTP
// sink). Cookie A must be dead from then on (401), on the shared server and on an instance where ADMIN_EMAILS
// lists the address, where the owner's own cookie is the admin one (200 on /api/admin/users) and A gets 401.
import { expect, request as playwrightRequest, test, type APIRequestContext } from "@playwright/test";

import { startInstances, type Instances } from "../../tests/support/multi-instance";
import { firstLink, waitForMail } from "../support/read-mail";

const DATA_DIR = process.env.E2E_DATA_DIR ?? ".test-data/e2e";
const SQUAT_PASSWORD = "Squat-Passphrase-931";
const INSTANCE_PORT = Number(process.env.E2E_SESSION_VERSION_PORT ?? 3500);
const unique = (prefix: string) => `${prefix}-${Date.now()}-${Math.random().toString(36).slice(2, 8)}@example.test`;

async function csrf(ctx: APIRequestContext): Promise<string> {
  const res = await ctx.get("/api/auth/csrf");
  expect(res.status()).toBe(200);
  return ((await res.json()) as { csrfToken: string }).csrfToken;
}

/** login(email, pw): Auth.js's credentials callback as the sign-in form posts it. */
async function login(ctx: APIRequestContext, email: string, password: string): Promise<void> {
  const csrfToken = await csrf(ctx);
  const res = await ctx.post("/api/auth/callback/credentials", { form: { csrfToken, email, password, callbackUrl: "/" }, maxRedirects: 0 });
  expect(res.status()).toBe(302);
  expect(res.headers()["set-cookie"]).toContain("authjs.session-token=");
}

/** link(email): ask for a sign-in link, read it from the SMTP sink, follow it. */
async function proveByLink(ctx: APIRequestContext, email: string): Promise<void> {
  const csrfToken = await csrf(ctx);
  const asked = await ctx.post("/api/auth/signin/email", { form: { csrfToken, email, callbackUrl: "/library" }, maxRedirects: 0 });
  expect(asked.status()).toBe(302);
  const body = await waitForMail(email);
  const link = firstLink(body.slice(body.indexOf("Sign in to Questlog on")));
  expect(link).toContain("/api/auth/callback/email");
  const followed = await ctx.get(link, { maxRedirects: 0 });
  expect(followed.status()).toBe(302);
  expect(followed.headers()["set-cookie"]).toContain("authjs.session-token=");
}

async function squatThenProve(baseURL: string, owner: string): Promise<{ squatter: APIRequestContext; ownerCtx: APIRequestContext }> {
  const squatter = await playwrightRequest.newContext({ baseURL });
  const ownerCtx = await playwrightRequest.newContext({ baseURL });
  const signUp = await squatter.post("/api/users", { data: { email: owner, password: SQUAT_PASSWORD } });
  // 202 since sign-up stopped telling which addresses have accounts (201 before); either way the account exists now.
  expect([201, 202]).toContain(signUp.status());
  await login(squatter, owner, SQUAT_PASSWORD);
  expect((await squatter.get("/api/users/me/library")).status()).toBe(200);
  await proveByLink(ownerCtx, owner);
  return { squatter, ownerCtx };
}

test("the squatter's cookie gets 401 once the owner proves the address by link", async ({ baseURL }) => {
  const owner = unique("owner");
  const { squatter, ownerCtx } = await squatThenProve(baseURL!, owner);
  try {
    expect((await squatter.get("/api/users/me/library")).status()).toBe(401);
    expect((await squatter.get("/api/users/me")).status()).toBe(401);
    // Auth.js's own session read agrees: no session.
    expect(await (await squatter.get("/api/auth/session")).json()).toBeNull();
    // The squatter's password is gone too: signing in with it again is refused.
    const csrfToken = await csrf(squatter);
    const again = await squatter.post("/api/auth/callback/credentials", {
      form: { csrfToken, email: owner, password: SQUAT_PASSWORD, callbackUrl: "/" },
      maxRedirects: 0,
    });
    expect(again.headers().location).toContain("error=CredentialsSignin");
    expect((await ownerCtx.get("/api/users/me/library")).status()).toBe(200);
  } finally {
    await squatter.dispose();
    await ownerCtx.dispose();
  }
});

test.describe("with the address in ADMIN_EMAILS", () => {
  let instances: Instances;
  const owner = unique("boss");
  test.beforeAll(async () => {
    test.setTimeout(180_000);
    const url = `http://127.0.0.1:${INSTANCE_PORT}`;
    instances = await startInstances(
      1,
      INSTANCE_PORT,
      { ADMIN_EMAILS: owner, SITE_URL: url, SMTP_URL: `smtp://127.0.0.1:${process.env.E2E_SMTP_PORT ?? 3225}`, IGDB_STANDIN_PORT: "0" },
      `${DATA_DIR}/igdb-standin.sqlite`,
    );
  });
  test.afterAll(async () => {
    await instances?.stop();
  });

  test("the squatter's old cookie gets 401 on the admin API while the owner's gets 200", async () => {
    const { squatter, ownerCtx } = await squatThenProve(instances.urls[0]!, owner);
    try {
      expect((await squatter.get("/api/admin/users")).status()).toBe(401);
      expect((await squatter.get("/api/admin/queues")).status()).toBe(401);
      expect((await squatter.get("/api/users/me/library")).status()).toBe(401);
      const admin = await ownerCtx.get(`/api/admin/users?q=${encodeURIComponent(owner)}`);
      expect(admin.status()).toBe(200);
      expect(JSON.stringify(await admin.json())).toContain('"ADMIN"');
    } finally {
      await squatter.dispose();
      await ownerCtx.dispose();
    }
  });
});
