// Accounts for the admin e2e: a player signed up through the real API, made an admin with the real CLI
// (`npm run user:admin`, against the e2e server's PostgreSQL), and signed in through the sign-in page.
import { execFile } from "node:child_process";
import { promisify } from "node:util";

import { expect, type APIRequestContext, type Page } from "@playwright/test";

import { e2eDatabaseUrl } from "../../tests/support/test-postgres";

export const E2E_PASSWORD = "copper kettle lantern 42";

/** Unique per run and per retry: the e2e database persists between tests of a run. */
export const uniqueEmail = (prefix: string) => `${prefix}-${Date.now()}-${Math.random().toString(36).slice(2, 8)}@example.com`;

/**
 * A client address of its own, sent as X-Forwarded-For: the e2e server trusts one proxy hop, and the sign-up
 * and sign-in limits are per client, so helpers must not spend the allowance every spec shares (127.0.0.1).
 */
export const uniqueClientAddress = () => `198.18.${Math.floor(Math.random() * 256)}.${1 + Math.floor(Math.random() * 254)}`;

export async function signUp(request: APIRequestContext, prefix: string): Promise<string> {
  const email = uniqueEmail(prefix);
  const res = await request.post("/api/users", {
    data: { email, password: E2E_PASSWORD },
    headers: { "x-forwarded-for": uniqueClientAddress() },
  });
  expect(res.status(), await res.text()).toBe(202);
  return email;
}

/** Promotes through the same CLI an operator runs; PostgreSQL serves it beside the running server. */
export async function makeAdmin(email: string): Promise<void> {
  const { stdout } = await promisify(execFile)(
    process.execPath,
    ["--conditions=react-server", "--import", "tsx", "scripts/user-admin.ts", email],
    { env: { ...process.env, DATABASE_URL: e2eDatabaseUrl(), LOG_LEVEL: "silent" }, timeout: 60_000 },
  );
  expect(stdout).toContain("is now an admin");
}

/** Signs in with the password form and waits to land where callbackUrl points. */
export async function signIn(page: Page, email: string, callbackUrl = "/"): Promise<void> {
  // This page is one client from here on (see uniqueClientAddress).
  await page.setExtraHTTPHeaders({ "x-forwarded-for": uniqueClientAddress() });
  await page.goto(`/signin?callbackUrl=${encodeURIComponent(callbackUrl)}`);
  await page.getByLabel("Email").first().fill(email);
  await page.getByLabel("Password").fill(E2E_PASSWORD);
  await page.getByRole("button", { name: "Sign in", exact: true }).click();
  await expect(page).toHaveURL(new RegExp(`${callbackUrl.replace(/[/?.]/g, "\\$&")}$`), { timeout: 20_000 });
}

/** A new account, made an admin with the CLI, signed in and landed on callbackUrl. */
export async function signInAsAdmin(page: Page, callbackUrl: string, prefix = "admin"): Promise<void> {
  const email = await signUp(page.request, prefix);
  await makeAdmin(email);
  await signIn(page, email, callbackUrl);
}

/** Signs an API request context in through Auth.js's credentials form (no browser); its cookie jar keeps the session. */
export async function signInOverHttp(request: APIRequestContext, email: string): Promise<void> {
  const headers = { "x-forwarded-for": uniqueClientAddress() };
  const { csrfToken } = (await (await request.get("/api/auth/csrf", { headers })).json()) as { csrfToken: string };
  const res = await request.post("/api/auth/callback/credentials", {
    form: { csrfToken, email, password: E2E_PASSWORD, callbackUrl: "/" },
    headers,
    maxRedirects: 0,
  });
  expect(res.status()).toBe(302);
  expect(res.headers().location).not.toContain("error");
}
