// A sign-in by emailed link, end to end: the server sends the link as a job through nodemailer to a real
// SMTP server (e2e/support/smtp-sink.ts); the test reads the message it received and follows the link.
import { expect, test } from "../support/csp-violations";
import { firstLink, waitForMail } from "../support/read-mail";

test("a magic link sent over SMTP signs a new player in", async ({ page }) => {
  const email = `linked-${Date.now()}-${Math.random().toString(36).slice(2, 8)}@example.com`;
  await page.goto("/signin?callbackUrl=%2Flibrary");
  const form = page.getByRole("form", { name: "Sign in with an emailed link" });
  await form.getByLabel("Email").fill(email);
  await form.getByRole("button").click();
  await expect(page).toHaveURL(/\/signin\/check-email/);
  await expect(page.getByRole("heading", { name: "Check your email" })).toBeVisible();

  const body = await waitForMail(email);
  expect(body).toContain("Subject: Sign in to Questlog");
  const link = firstLink(body.slice(body.indexOf("Sign in to Questlog on")));
  expect(link).toContain("/api/auth/callback/email");
  await page.goto(link);
  await expect(page).toHaveURL(/\/library$/);
  await expect(page.getByText("Your library is empty.")).toBeVisible();
  await expect(page.getByRole("button", { name: email })).toBeVisible();
  // The link works once.
  await page.context().clearCookies();
  await page.goto(link);
  await expect(page).not.toHaveURL(/\/library$/);
});
