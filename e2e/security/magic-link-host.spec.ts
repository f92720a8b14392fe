// Attack: a poisoned sign-in link. Auth.js built the emailed link from the
// request's Host / X-Forwarded-Host, so a request naming evil.example mailed the victim a link that hands the
// token to evil.example. The link must always point at the configured public origin: SITE_URL on the shared
// e2e server, and on a server without SITE_URL the origin it listens on (never a request header).
import { expect, test } from "@playwright/test";

import { E2E_PASSWORD, signUp } from "../support/accounts";
import { firstLink, waitForMail } from "../support/read-mail";
import { E2E_SMTP_PORT } from "../support/smtp-sink";
import { requestSignInLink } from "./support/raw-http";
import { useExtraInstance } from "./support/use-extra-instance";

const PORT = 3521;
const FORGED = { host: "evil.example", "x-forwarded-host": "evil.example", "x-forwarded-proto": "https" };
const uniqueVictim = (label: string) => `host-${label}-${Date.now()}-${Math.random().toString(36).slice(2, 8)}@example.test`;

async function mailedLinkAfterForgedRequest(base: string, label: string): Promise<{ body: string; link: URL }> {
  const victim = uniqueVictim(label);
  const res = await requestSignInLink(base, victim, FORGED);
  expect(res.status).toBe(302);
  expect(String(res.headers.location)).not.toContain("evil.example");
  const body = await waitForMail(victim);
  return { body, link: new URL(firstLink(body.slice(body.indexOf("Sign in to Questlog on")))) };
}

test("the shared server (SITE_URL set) mails a link to SITE_URL whatever the request's host", async ({ baseURL }) => {
  const { body, link } = await mailedLinkAfterForgedRequest(baseURL!, "site");
  expect(body).not.toContain("evil.example");
  expect(link.origin).toBe(new URL(baseURL!).origin);
});

test.describe("a server without SITE_URL", () => {
  test.describe.configure({ mode: "serial" });
  const instanceUrl = useExtraInstance(PORT, { SITE_URL: "", SMTP_URL: `smtp://127.0.0.1:${E2E_SMTP_PORT}` });

  test("mails a link to the origin it listens on, never to the forged host", async () => {
    const { body, link } = await mailedLinkAfterForgedRequest(instanceUrl(), "nosite");
    expect(body).not.toContain("evil.example");
    expect(link.origin).toBe(instanceUrl());
  });

  test("still signs in through the sign-in form's server action", async ({ page, request }) => {
    const email = await signUp(request, "nosite");
    await page.goto(`${instanceUrl()}/signin?callbackUrl=%2Flibrary`);
    await page.getByLabel("Email").first().fill(email);
    await page.getByLabel("Password").fill(E2E_PASSWORD);
    await page.getByRole("button", { name: "Sign in", exact: true }).click();
    await expect(page).toHaveURL(`${instanceUrl()}/library`, { timeout: 20_000 });
  });
});
