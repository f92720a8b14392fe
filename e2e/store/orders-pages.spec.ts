// The orders pages around a purchase: the list, the receipt (and how it prints), another player's order (a 404),
// and the order page on a phone, used with the keyboard. Orders are placed through the real API and paid through
// the Stripe stand-in's control route, so each test starts from the state it looks at.
import { signIn, signUp } from "../support/accounts";
import { expect, test, type Page } from "../support/csp-violations";
import { listedGames, payThroughStandin, placeOrder } from "../support/store-flows";

/** A new player, signed in, with one paid order. */
async function paidOrder(page: Page, prefix: string) {
  const email = await signUp(page.request, prefix);
  await signIn(page, email, "/");
  const [game] = await listedGames(page.request, 1);
  const { orderId, checkoutUrl } = await placeOrder(page.request, [game!.id]);
  await payThroughStandin(page.request, checkoutUrl);
  // The webhook settles it (no return page here): wait for the API to say so.
  await expect
    .poll(async () => ((await (await page.request.get(`/api/users/me/orders/${orderId}`)).json()) as { status: string }).status, {
      timeout: 20_000,
    })
    .toBe("paid");
  return { email, game: game!, orderId };
}

test("the orders list links each order, newest first, with its status and total", async ({ page }) => {
  const { orderId, game } = await paidOrder(page, "orders-list");
  await page.goto("/orders");
  const row = page.getByTestId("order-row").first();
  await expect(row).toContainText(game.name);
  await expect(row.getByTestId("order-status")).toHaveText("Paid");
  await row.getByRole("link").click();
  await expect(page).toHaveURL(new RegExp(`/orders/${orderId}$`));

  // The account menu leads here too.
  await page.getByRole("button", { name: /orders-list-/ }).click();
  await expect(page.getByRole("link", { name: "Orders", exact: true })).toHaveAttribute("href", "/orders");
});

test("a new player's orders page is empty and points to the games", async ({ page }) => {
  const email = await signUp(page.request, "no-orders");
  await signIn(page, email, "/orders");
  await expect(page.getByText("No orders yet.")).toBeVisible();
  await expect(page.getByRole("link", { name: "Browse popular games" })).toHaveAttribute("href", "/");
});

test("signed out, the orders pages send the player to sign in and back", async ({ page }) => {
  await page.goto("/orders");
  await expect(page).toHaveURL(/\/signin\?callbackUrl=%2Forders$/);
});

test("the receipt has everything a player files away, and prints without the site around it", async ({ page }) => {
  const { email, game, orderId } = await paidOrder(page, "receipt");
  await page.goto(`/orders/${orderId}`);
  await page.getByRole("link", { name: "Receipt" }).click();
  await expect(page).toHaveURL(new RegExp(`/orders/${orderId}/receipt$`));

  const receipt = page.getByTestId("receipt");
  await expect(receipt.getByTestId("receipt-order-id")).toHaveText(orderId);
  await expect(receipt).toContainText(email);
  await expect(receipt.getByTestId("receipt-line")).toContainText(game.name);
  await expect(receipt.getByTestId("receipt-payment")).toContainText("Paid, paid");
  const order = (await (await page.request.get(`/api/users/me/orders/${orderId}`)).json()) as { total: string };
  await expect(receipt.getByTestId("receipt-total").locator("[data-amount]")).toHaveAttribute("data-amount", order.total);
  await expect(page.getByRole("button", { name: "Print" })).toBeVisible();

  // In print: no header, navigation, footer or buttons; black text on white.
  await page.emulateMedia({ media: "print" });
  await expect(page.getByRole("banner")).toBeHidden();
  await expect(page.getByRole("contentinfo")).toBeHidden();
  await expect(page.getByRole("button", { name: "Print" })).toBeHidden();
  await expect(receipt).toBeVisible();
  const colours = await receipt.evaluate((el) => ({ color: getComputedStyle(el).color, background: getComputedStyle(el).backgroundColor }));
  expect(colours.color).toMatch(/^(rgb\(0, 0, 0\)|oklch\(0 0 0\)|lab\(0 0 0\))$/);
  expect(colours.background).toMatch(/^(rgb\(255, 255, 255\)|oklch\(1 0 0\)|lab\(100 0 0\))$/);
});

test("another player's order and its receipt are a 404, as an order that does not exist", async ({ page, browser }) => {
  const { orderId, game } = await paidOrder(page, "owner");

  const other = await browser.newContext();
  try {
    const intruder = await other.newPage();
    const email = await signUp(intruder.request, "intruder");
    await signIn(intruder, email, "/");
    // A real 404 (the order layout checks ownership above any loading boundary), the not-found page, marked
    // noindex, with nothing of the order in it.
    for (const path of [`/orders/${orderId}`, `/orders/${orderId}/receipt`, "/orders/doesnotexist0000", "/orders/..%2Fadmin"]) {
      const response = await intruder.goto(path);
      expect(response?.status(), path).toBe(404);
      await expect(intruder.getByRole("heading", { name: /We couldn’t find that (order|page)/ }), path).toBeVisible();
      await expect(intruder.locator('meta[name="robots"][content*="noindex"]').first()).toBeAttached();
      await expect(intruder.getByTestId("order-status")).toHaveCount(0);
      expect(await intruder.content()).not.toContain(game.name);
    }
    await intruder.goto(`/orders/${orderId}`);
    await expect(intruder.getByRole("heading", { name: "We couldn’t find that order" })).toBeVisible();
    // From the page (the browser's own connection): the API answers the same 404.
    expect(await intruder.evaluate(async (url) => (await fetch(url)).status, `/api/users/me/orders/${orderId}`)).toBe(404);
  } finally {
    await other.close();
  }
});

test.describe("on a phone", () => {
  test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

  test("the order page fits 390 px and the refund works from the keyboard", async ({ page }) => {
    const { orderId, game } = await paidOrder(page, "phone");
    await page.goto(`/orders/${orderId}`);
    await expect(page.getByTestId("order-status")).toHaveText("Paid");
    await expect(page.getByTestId("order-line")).toContainText(game.name);
    await expect(page.getByTestId("order-timeline")).toBeVisible();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow, "horizontal overflow in px").toBeLessThanOrEqual(0);

    // Keyboard only: focus reaches the refund button, Enter opens the confirm step with the reason focused.
    const refund = page.getByRole("button", { name: "Request a refund" });
    await refund.focus();
    await page.keyboard.press("Enter");
    const reason = page.getByLabel("Why do you want a refund?");
    await expect(reason).toBeFocused();
    await page.keyboard.press("Tab");
    await expect(page.getByRole("button", { name: "Confirm refund" })).toBeFocused();
    await page.keyboard.press("Tab");
    await page.keyboard.press("Enter");
    // "Keep the game" closes the step and gives focus back to the button that opened it.
    await expect(refund).toBeFocused();
  });
});
