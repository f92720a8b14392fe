// Attack: an open redirect after sign-in. /signin?callbackUrl=%2F%09%2Fevil.example
// used to be kept as "/\t/evil.example", which passes a prefix check; the browser's URL parser drops the tab
// and goes to //evil.example. Every variant must come back as the fallback, /library.
import { expect, test } from "@playwright/test";

import { E2E_PASSWORD, signUp } from "../support/accounts";

// As an attacker would write them into a link (already percent-encoded for the query string).
const VARIANTS = [
  "%2F%09%2Fevil.example",
  "%2F%0A%2Fevil.example",
  "%2F%0D%2Fevil.example",
  "%2F%5Cevil.example",
  "%5C%5Cevil.example",
  "%2F%2Fevil.example",
  "%2F%2E%2F%2Fevil.example",
  "https%3A%2F%2Fevil.example",
  "https://evil.example",
  "//evil.example",
];

/** The value of every hidden callbackUrl input the page renders (password form, magic-link form, OAuth). */
function hiddenCallbackUrls(html: string): string[] {
  const inputs = html.match(/<input[^>]*name="callbackUrl"[^>]*>/g) ?? [];
  return inputs.map((input) => (/value="([^"]*)"/.exec(input)?.[1] ?? "").replace(/&amp;/g, "&"));
}

test.describe("callbackUrl on /signin", () => {
  for (const variant of VARIANTS) {
    test(`falls back to /library for ${variant}`, async ({ request }) => {
      const res = await request.get(`/signin?callbackUrl=${variant}`);
      expect(res.status()).toBe(200);
      const values = hiddenCallbackUrls(await res.text());
      expect(values.length).toBeGreaterThanOrEqual(2);
      for (const value of values) expect(value).toBe("/library");
    });
  }

  test("keeps a same-site path", async ({ request }) => {
    const values = hiddenCallbackUrls(await (await request.get(`/signin?callbackUrl=${encodeURIComponent("/games/doom?tab=1")}`)).text());
    expect(values.length).toBeGreaterThanOrEqual(2);
    for (const value of values) expect(value).toBe("/games/doom?tab=1");
  });

  test("a password sign-in from the poisoned link lands on this site", async ({ page, baseURL }) => {
    const email = await signUp(page.request, "callback");
    await page.goto(`/signin?callbackUrl=${VARIANTS[0]}`);
    await page.getByLabel("Email").first().fill(email);
    await page.getByLabel("Password").fill(E2E_PASSWORD);
    await page.getByRole("button", { name: "Sign in", exact: true }).click();
    await expect(page).toHaveURL(/\/library$/, { timeout: 20_000 });
    expect(new URL(page.url()).host).toBe(new URL(baseURL!).host);
  });
});
