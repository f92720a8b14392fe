// An operator's refund: a player buys two games through the real checkout (paid at the Stripe stand-in); an admin
// finds the order by the buyer's email in /admin/orders, refunds part of one line with a reason after the review
// step, watches the refund settle on the order's timeline, and sees the revenue on /admin/sales; both pages fit 390 px.
import { signIn, signInAsAdmin, signUp } from "../support/accounts";
import { expectFitsWidth } from "../support/admin-flows";
import { expect, test } from "../support/csp-violations";
import { listedGames, payThroughStandin, placeOrder } from "../support/store-flows";

test("an admin finds a paid order, refunds part of a line, sees it on the timeline and in sales", async ({ page, browser }) => {
  test.setTimeout(180_000);
  // The buyer, in their own browser context.
  const buyerContext = await browser.newContext();
  const buyer = await buyerContext.newPage();
  const email = await signUp(buyer.request, "refundee");
  await signIn(buyer, email, "/");
  const games = await listedGames(buyer.request, 2);
  const { orderId, checkoutUrl } = await placeOrder(
    buyer.request,
    games.map((g) => g.id),
  );
  await payThroughStandin(buyer.request, checkoutUrl);
  await expect
    .poll(async () => ((await (await buyer.request.get(`/api/users/me/orders/${orderId}`)).json()) as { status: string }).status, {
      timeout: 20_000,
    })
    .toBe("paid");

  // The admin finds it by the buyer's email.
  await signInAsAdmin(page, "/admin/orders", "orders-admin");
  await expect(page.getByRole("heading", { name: "Orders", exact: true })).toBeVisible();
  await page.getByLabel("Buyer email").fill(email);
  await expect(page).toHaveURL(new RegExp(`email=${encodeURIComponent(email).replace(/[.]/g, "\\.")}`));
  const row = page.getByTestId("order-row");
  await expect(row).toHaveCount(1);
  await expect(row.getByTestId("order-status")).toHaveText("paid");
  await row.getByRole("link", { name: orderId }).click();
  await expect(page).toHaveURL(`/admin/orders/${orderId}`);
  await expect(page.getByTestId("timeline-entry").filter({ hasText: "Paid 39.98 USD" })).toBeVisible();

  // Part of the first game back, with a reason, after the review step.
  const first = games[0]!;
  await page.getByRole("checkbox", { name: new RegExp(first.name.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")) }).check();
  await page.getByLabel(`Amount to refund of ${first.name}`).fill("5.00");
  await page.getByLabel("Reason").selectOption("goodwill");
  await page.getByLabel("Note (audit log)").fill("e2e: late key");
  await page.getByRole("button", { name: "Review refund" }).click();
  await expect(page.getByTestId("refund-review")).toContainText("$5.00 (part)");
  await page.getByRole("button", { name: "Confirm refund" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Refund of $5.00 sent." })).toBeVisible();

  // The webhook settles it: the order is partly refunded, the timeline has the request and the refund, the game is kept.
  await expect(page.getByTestId("order-status").first()).toHaveText("partially refunded", { timeout: 20_000 });
  await expect(
    page.getByTestId("timeline-entry").filter({ hasText: "Refund of 5.00 USD requested (goodwill): e2e: late key" }),
  ).toBeVisible();
  await expect(page.getByTestId("timeline-entry").filter({ hasText: "Refunded 5.00 USD" })).toBeVisible();
  await expect(page.getByTestId("order-line").first()).toContainText("yes");

  // Asking for more than is left is refused, and the form says by how much.
  await page.getByRole("checkbox", { name: new RegExp(first.name.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")) }).check();
  await page.getByLabel(`Amount to refund of ${first.name}`).fill("15.00");
  await page.getByRole("button", { name: "Review refund" }).click();
  await page.getByRole("button", { name: "Confirm refund" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "Refund refused" })).toContainText("only $14.99 left");
  await page.getByRole("button", { name: "Back" }).click();

  // Sales: today's USD revenue is there (fed by the order events), with the CSV of the days.
  await page.goto("/admin/sales?currency=USD");
  await expect(page.getByRole("heading", { name: "Sales", exact: true })).toBeVisible();
  await expect(page.getByTestId("revenue-USD")).toHaveText(/\$\d/, { timeout: 20_000 });
  await expect(page.getByRole("figure", { name: "Revenue, refunds and units per day in USD" })).toBeVisible();
  const csv = await page.request.get(
    await page
      .getByRole("link", { name: "CSV: days" })
      .getAttribute("href")
      .then((h) => h!),
  );
  expect(csv.headers()["content-type"]).toBe("text/csv; charset=utf-8");
  expect(await csv.text()).toMatch(
    new RegExp(`^day,currency,orders,units,revenue,refunds\\r\\n(.*\\r\\n)*${new Date().toISOString().slice(0, 10)},USD,`),
  );

  // On a phone (390 px), the order page and the sales page fit: tables and charts scroll or shrink in their panels.
  await page.setViewportSize({ width: 390, height: 844 });
  for (const path of [`/admin/orders/${orderId}`, "/admin/sales"]) {
    await page.goto(path);
    await expect(page.locator("main h1").first(), path).toBeVisible();
    await expect(page.getByTestId("timeline-entry").or(page.getByTestId("conversion")).first(), path).toBeVisible();
    await expectFitsWidth(page, 390);
  }
  await buyerContext.close();
});
