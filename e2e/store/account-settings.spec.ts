// The account settings page in Chromium at a phone's width (390 px): a player changes the password (by keyboard),
// signs out everywhere (another browser's cookie stops working), resets a forgotten password through the link
// mailed to the SMTP sink, downloads the data export, and deletes the account.
import { readFileSync } from "node:fs";

import { expect, test, type Page } from "@playwright/test";

import { E2E_PASSWORD, signIn, signUp } from "../support/accounts";
import { firstLink, waitForMail } from "../support/read-mail";

const CHANGED_PASSWORD = "juniper atlas meadow 58";
const RESET_PASSWORD = "saffron beacon orchard 73";

test.use({ viewport: { width: 390, height: 844 } });

async function signInWith(page: Page, email: string, password: string, callbackUrl = "/account") {
  await page.goto(`/signin?callbackUrl=${encodeURIComponent(callbackUrl)}`);
  await page.getByLabel("Email").first().fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in", exact: true }).click();
  await expect(page).toHaveURL(new RegExp(`${callbackUrl.replace(/[/?.]/g, "\\$&")}$`), { timeout: 20_000 });
}

async function expectNoHorizontalScroll(page: Page) {
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
}

test("change password, sign out everywhere, reset by mailed link, export, delete", async ({ page, browser }) => {
  test.setTimeout(120_000);
  const email = await signUp(page.request, "settings");
  await signIn(page, email, "/library");

  // The account menu leads to the settings page.
  await page.getByRole("button", { name: email }).click();
  await page.getByRole("link", { name: "Account settings" }).click();
  await expect(page).toHaveURL(/\/account$/);
  await expect(page.getByRole("heading", { name: "Account settings" })).toBeVisible();
  await expect(page.getByText(email, { exact: true }).first()).toBeVisible();
  await expectNoHorizontalScroll(page);

  // Another browser signed in to the same account.
  const other = await browser.newContext();
  const otherPage = await other.newPage();
  await signInWith(otherPage, email, E2E_PASSWORD, "/library");
  expect((await otherPage.request.get("/api/users/me/library")).status()).toBe(200);

  // Change the password with the keyboard only; a wrong current password is refused first.
  const password = page.getByRole("region", { name: "Password" });
  await password.getByLabel("Current password").fill("not the password at all");
  await password.getByLabel("New password").fill(CHANGED_PASSWORD);
  await password.getByLabel("New password").press("Enter");
  await expect(password.getByRole("alert")).toContainText("current password is not right");
  await password.getByLabel("Current password").clear();
  await password.getByLabel("Current password").focus();
  await page.keyboard.type(E2E_PASSWORD);
  await page.keyboard.press("Tab");
  await expect(password.getByLabel("New password")).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(password.getByRole("status")).toContainText("Password changed", { timeout: 20_000 });
  // This browser stays signed in; the other one is signed out.
  expect((await page.request.get("/api/users/me/library")).status()).toBe(200);
  expect((await otherPage.request.get("/api/users/me/library")).status()).toBe(401);

  // Sign out everywhere: the other browser (signed in again with the new password) stops working, and so does this one.
  await signInWith(otherPage, email, CHANGED_PASSWORD, "/library");
  expect((await otherPage.request.get("/api/users/me/library")).status()).toBe(200);
  const sessions = page.getByRole("region", { name: "Sign out everywhere" });
  await sessions.getByRole("button", { name: "Sign out everywhere" }).click();
  await sessions.getByRole("button", { name: "Yes, sign out everywhere" }).click();
  await expect(page).toHaveURL(/\/signin\?callbackUrl=%2Faccount$/, { timeout: 20_000 });
  expect((await otherPage.request.get("/api/users/me/library")).status()).toBe(401);
  await otherPage.goto("/library");
  await expect(otherPage).toHaveURL(/\/signin/);
  await other.close();

  // Forgot the password: a reset link by mail, used once.
  await page.getByRole("link", { name: "Forgot your password?" }).click();
  await expect(page).toHaveURL(/\/forgot-password$/);
  await page.getByLabel("Email").fill(email);
  await page.getByRole("button", { name: "Email me a reset link" }).click();
  await expect(page.locator("main").getByRole("status")).toContainText("If that address has an account");
  const mail = await waitForMail(email);
  expect(mail).toContain("Subject: Reset your Questlog password");
  const link = firstLink(mail.slice(mail.indexOf("Use this link")));
  expect(link).toContain("/reset-password?token=");
  await page.goto(link);
  await page.getByLabel("New password").fill(RESET_PASSWORD);
  await page.getByRole("button", { name: "Set new password" }).click();
  await expect(page.locator("main").getByRole("status")).toContainText("Your password is changed", { timeout: 20_000 });
  await page.goto(link);
  await page.getByLabel("New password").fill("another fresh passphrase 11");
  await page.getByRole("button", { name: "Set new password" }).click();
  await expect(page.locator("main").getByRole("alert")).toContainText("expired or was already used");
  await signInWith(page, email, RESET_PASSWORD);

  // Export: a JSON download of the account.
  const downloading = page.waitForEvent("download");
  await page.getByRole("link", { name: "Download my data (JSON)" }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^questlog-account-\d{4}-\d{2}-\d{2}\.json$/);
  const exported = JSON.parse(readFileSync((await download.path())!, "utf8")) as {
    account: { email: string };
    library: unknown[];
    auditLog: Array<{ action: string }>;
  };
  expect(exported.account.email).toBe(email);
  expect(exported.auditLog.map((a) => a.action)).toContain("user.sessions.revoke");

  // Delete the account.
  await expectNoHorizontalScroll(page);
  const danger = page.getByRole("region", { name: "Delete account" });
  await danger.getByLabel("Current password").fill(RESET_PASSWORD);
  await danger.getByRole("checkbox").check();
  await danger.getByRole("button", { name: "Delete my account" }).click();
  await expect(page).toHaveURL(/\/$/, { timeout: 20_000 });
  expect((await page.request.get("/api/users/me")).status()).toBe(401);
  await page.goto("/signin");
  await page.getByLabel("Email").first().fill(email);
  await page.getByLabel("Password").fill(RESET_PASSWORD);
  await page.getByRole("button", { name: "Sign in", exact: true }).click();
  await expect(page.locator("main").getByRole("alert")).toHaveText("Wrong email or password.");
});
