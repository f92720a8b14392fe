// An admin runs a sale from /admin/store: schedules it in the form (the live preview shows the storefront prices),
// watches it go from scheduled to live, and the start job (a delayed job: the e2e server runs delayed jobs though
// JOB_SCHEDULES=off leaves cron jobs out) records the start; then a visitor's game page shows the discount and the
// countdown, and a player who wishlisted the game with an alert price above the sale price gets the deal alert by
// mail (price.changed → the deal-alerts consumer → its sender → the SMTP sink). The console fits a 390 px phone.
import { signInAsAdmin, signInOverHttp, signUp } from "../support/accounts";
import { expectFitsWidth } from "../support/admin-flows";
import { listGamesForSale, type CartTestGame } from "../support/cart-listings";
import { expect, test } from "../support/csp-violations";
import { waitForMailContaining } from "../support/read-mail";

test("an admin schedules a sale that starts within seconds, and the game page shows it", async ({ page, browser }) => {
  test.setTimeout(180_000);
  const [game] = (await listGamesForSale(page.request, "sonic", 1)) as [CartTestGame];

  // A player wishes for the game and wants a mail at $15.00 or less (it costs $19.99).
  const player = await browser.newContext({ locale: "en-US" });
  const playerEmail = await signUp(player.request, "deal-alert");
  await signInOverHttp(player.request, playerEmail);
  const wished = await player.request.post("/api/users/me/wishlist", {
    data: { gameId: game.id, priceDropThreshold: "15.00", currency: "USD" },
  });
  expect(wished.status(), await wished.text()).toBe(201);
  await player.close();

  await signInAsAdmin(page, "/admin/store");
  await expect(page.getByRole("heading", { name: "Store" })).toBeVisible();
  await expectFitsWidth(page, 390);

  const name = `E2E Flash Sale ${Date.now()}`;
  const form = page.getByRole("form", { name: "Schedule a sale" });
  await form.getByLabel("Name").fill(name);
  await form.getByLabel(/Percent off/).fill("40");
  // In the browser's own time zone, to the second: 20 s from now, for two days.
  const [start, end] = await page.evaluate(() => {
    const local = (d: Date) => new Date(d.getTime() - d.getTimezoneOffset() * 60_000).toISOString().slice(0, 19);
    const at = Date.now() + 20_000;
    return [local(new Date(at)), local(new Date(at + 2 * 24 * 3_600_000))];
  });
  await form.getByLabel("Starts").fill(start);
  await form.getByLabel("Ends").fill(end);
  await form.getByLabel("Add games").fill(String(game.id));
  const match = page
    .getByRole("list", { name: "Matching games" })
    .getByRole("listitem")
    .filter({ hasText: `#${game.id}` });
  await match.getByRole("button", { name: "Add" }).click();
  await expect(page.getByRole("list", { name: "Games in the sale" })).toContainText(game.name);
  // The live preview: $19.99 at −40 % is $11.99 on the storefront (7.996 off, rounded once to 8.00).
  await expect(form.getByRole("table")).toContainText("$11.99");
  await expect(form.getByTestId("sale-problem")).toHaveCount(0);
  await form.getByRole("button", { name: "Schedule sale" }).click();
  await expect(form.getByRole("status")).toContainText(`“${name}” is scheduled`);

  const row = page.getByTestId("sale-row").filter({ hasText: name });
  await expect(row).toContainText("scheduled");
  await expect(row).toContainText("Starts in");
  await expect(row.getByRole("button", { name: "Delete" })).toBeVisible();
  await expect(row).toContainText("live", { timeout: 40_000 });
  await expect(row).toContainText("Ends in 1 day");

  // The start job ran on the server: startedAt is stamped (sale.started and the price history written with it).
  await expect
    .poll(
      async () => {
        const res = await page.request.get("/api/admin/store/sales?status=live");
        const { sales } = (await res.json()) as { sales: Array<{ name: string; started_at: string | null }> };
        return sales.find((s) => s.name === name)?.started_at ?? null;
      },
      { timeout: 30_000 },
    )
    .not.toBeNull();

  // A visitor (no session) sees the sale on the game page.
  const visitor = await browser.newContext({ locale: "en-US" });
  try {
    const gamePage = await visitor.newPage();
    await gamePage.goto(`/games/${game.slug}`);
    const price = gamePage.getByTestId("price-block").first();
    await expect(price).toContainText("-40%", { timeout: 15_000 });
    await expect(price.getByTestId("offer-price")).toContainText("11.99");
    await expect(gamePage.getByText(/Sale ends in 1 day/).first()).toBeVisible();
  } finally {
    await visitor.close();
  }

  // The deal alert: one mail to the player, with the sale price and an unsubscribe link.
  const alert = await waitForMailContaining(playerEmail, "Unsubscribe from deal alerts", 60_000);
  expect(alert).toContain(game.name);
  expect(alert).toContain("$11.99");
  expect(alert).toContain("/unsubscribe?token=");
  expect(alert).toMatch(/List-Unsubscribe-Post: List-Unsubscribe=One-Click/i);
});
