// The wishlist page's deal alerts in Chromium: a player sees a wishlisted game's price in their currency, sets
// its alert price in place with the keyboard (Enter saves, Escape cancels), and it holds after a reload; the
// deal-alert settings save; on a 390 px phone the row still fits. The admin sale → alert mail path is the lead's.
import { signIn, signUp } from "../support/accounts";
import { listGamesForSale } from "../support/cart-listings";
import { expect, test } from "../support/csp-violations";

test("a player edits a wishlisted game's alert price in place and picks the daily digest", async ({ page }) => {
  const [game] = await listGamesForSale(page.request, "mario", 1);
  const email = await signUp(page.request, "deals");
  await signIn(page, email, "/");
  const added = await page.request.post("/api/users/me/wishlist", { data: { gameId: game!.id } });
  expect(added.status(), await added.text()).toBe(201);

  await page.goto("/wishlist");
  const row = page.getByTestId("wishlist-entry").filter({ hasText: game!.name });
  await expect(row.getByTestId("offer-price")).toHaveText("$19.99");
  await expect(row.getByTestId("threshold")).toContainText("No price alert");

  await row.getByRole("button", { name: `Set alert for ${game!.name}` }).click();
  const amount = row.getByLabel("Alert me at or below (USD)");
  await expect(amount).toBeFocused();
  await amount.fill("abc");
  await amount.press("Enter");
  await expect(row.getByRole("alert")).toBeVisible();
  await amount.fill("12.5");
  await amount.press("Enter");
  await expect(row.getByTestId("threshold")).toContainText("Alert at $12.50 or less");
  await expect(row.getByRole("button", { name: `Edit the price alert for ${game!.name}` })).toBeFocused();

  // Escape leaves the saved price as it was.
  await page.keyboard.press("Enter");
  await amount.fill("1.00");
  await amount.press("Escape");
  await expect(row.getByTestId("threshold")).toContainText("Alert at $12.50 or less");

  await page.reload();
  await expect(row.getByTestId("threshold")).toContainText("Alert at $12.50 or less");

  await page.getByLabel(/Daily digest/).check();
  await page.getByLabel(/lowest price ever/).check();
  await page.getByRole("button", { name: "Save alert settings" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Saved." })).toBeVisible();
  const prefs = await (await page.request.get("/api/users/me/deal-alerts")).json();
  expect(prefs).toMatchObject({ mode: "daily", all_time_low: true, currency: "USD" });

  await page.setViewportSize({ width: 390, height: 844 });
  await expect(row.getByTestId("offer-price")).toBeInViewport();
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
});
