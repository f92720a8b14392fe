// The store's browser flow (issue 15): a guest fills a cart, signs in (the cart merges), pays on the Stripe
// stand-in's hosted page with a test card, and the game lands in the library as owned; then a refund takes it
// out again. Plus the unhappy ends: a declined card, and "Cancel" on the hosted page.
import { signIn, signUp } from "../support/accounts";
import { expect, test } from "../support/csp-violations";
import { waitForMailContaining } from "../support/read-mail";
import { listedGames, payOnHostedPage, placeOrder, STRIPE_STANDIN_ORIGIN } from "../support/store-flows";

const HOSTED_PAGE = new RegExp(`^${STRIPE_STANDIN_ORIGIN.replace(/[.]/g, "\\.")}/c/pay/cs_`);

test("guest cart → sign in (merge) → pay with 4242 → paid → owned in the library → refund → Refunded", async ({ page }) => {
  test.setTimeout(120_000);
  const email = await signUp(page.request, "buyer");
  const [game] = await listedGames(page.request, 1);

  // As a guest: the game page's store panel puts it in a guest cart.
  await page.goto(`/games/${game!.slug}`);
  await page.getByRole("button", { name: "Add to cart" }).click();
  await expect(page.getByRole("link", { name: /In cart/ })).toBeVisible();

  // Signing in merges the guest cart into the account's.
  await signIn(page, email, "/cart");
  await expect(page.getByRole("link", { name: game!.name })).toBeVisible();

  // Checkout goes to the gateway's hosted page; the test card pays and the gateway sends the player back.
  await page.getByRole("button", { name: /check out/i }).click();
  await expect(page).toHaveURL(HOSTED_PAGE, { timeout: 20_000 });
  await payOnHostedPage(page, "4242 4242 4242 4242");
  await expect(page).toHaveURL(/\/orders\/[a-z0-9]+\?checkout=success&session_id=cs_/, { timeout: 20_000 });
  const orderId = new URL(page.url()).pathname.split("/").at(-1)!;

  // The return page settles the payment itself (before or beside the webhook): paid, with the success banner.
  await expect(page.getByTestId("order-status")).toHaveText("Paid", { timeout: 15_000 });
  await expect(page.getByTestId("checkout-success")).toContainText("It’s in your library");
  await expect(page.getByTestId("order-timeline").locator('li[data-state="done"]')).toHaveCount(3);
  await expect(page.getByTestId("order-line")).toContainText(game!.name);

  // The library shows the game as owned.
  await page.goto("/library");
  const entry = page.getByTestId("library-entry").filter({ hasText: game!.name });
  await expect(entry.getByTestId("owned-badge")).toHaveText("Owned");
  const library = (await (await page.request.get("/api/users/me/library")).json()) as {
    entries: Array<{ gameId: number; owned: boolean }>;
  };
  expect(library.entries.find((e) => e.gameId === game!.id)?.owned).toBe(true);

  // Refund: the policy, a confirm step with a reason, then "Refund requested" and, once the gateway settles it, "Refunded".
  await page.goto(`/orders/${orderId}`);
  await expect(page.getByText(/Refunds within \d+ days? of purchase; the game leaves your library\./)).toBeVisible();
  await page.getByRole("button", { name: "Request a refund" }).click();
  await page.getByLabel("Why do you want a refund?").selectOption({ label: "I bought it by mistake" });
  const refunded = page.waitForResponse((r) => r.url().endsWith(`/api/users/me/orders/${orderId}/refund`));
  await page.getByRole("button", { name: "Confirm refund" }).click();
  expect((await refunded).status()).toBe(202);
  await expect(page.getByTestId("order-status")).toHaveText("Refunded", { timeout: 20_000 });
  await expect(page.getByText("Refunded: no longer in your library")).toBeVisible();

  // And the library no longer calls it owned.
  await page.goto("/library");
  await expect(page.getByTestId("library-entry").filter({ hasText: game!.name }).getByTestId("owned-badge")).toHaveCount(0);

  // The order confirmation email arrived, with the receipt link.
  const mail = await waitForMailContaining(email, `/orders/${orderId}/receipt`);
  expect(mail).toContain(game!.name);
});

test("a declined card shows the decline on the hosted page, and the order stays unpaid", async ({ page }) => {
  const email = await signUp(page.request, "declined");
  await signIn(page, email, "/");
  const [game] = await listedGames(page.request, 1);
  const { orderId, checkoutUrl } = await placeOrder(page.request, [game!.id]);

  await page.goto(checkoutUrl);
  await payOnHostedPage(page, "4000 0000 0000 0002");
  await expect(page.getByRole("alert")).toContainText(/declined/i);
  await expect(page).toHaveURL(HOSTED_PAGE);

  // The order page still offers to pay; nothing says paid.
  await page.goto(`/orders/${orderId}`);
  await expect(page.getByTestId("order-status")).toHaveText("Awaiting payment");
  await expect(page.getByRole("link", { name: "Continue to payment" })).toHaveAttribute("href", checkoutUrl);
  const order = (await (await page.request.get(`/api/users/me/orders/${orderId}`)).json()) as { status: string; paid_at: string | null };
  expect(order).toMatchObject({ status: "pending_payment", paid_at: null });
});

test("Cancel on the hosted page returns to the cart with the games back in it", async ({ page }) => {
  const email = await signUp(page.request, "canceler");
  await signIn(page, email, "/");
  const games = await listedGames(page.request, 2);
  const { orderId, checkoutUrl } = await placeOrder(
    page.request,
    games.map((g) => g.id),
  );
  // Checkout emptied the cart.
  expect(((await (await page.request.get("/api/cart")).json()) as { count: number }).count).toBe(0);

  await page.goto(checkoutUrl);
  await page.getByRole("link", { name: "Cancel and return" }).click();
  await expect(page).toHaveURL(new RegExp(`/cart\\?checkout=canceled&order=${orderId}$`));
  await expect(page.getByTestId("checkout-canceled")).toContainText("your games are back in your cart");
  for (const game of games) await expect(page.getByRole("link", { name: game.name, exact: true })).toBeVisible();

  await page.goto(`/orders/${orderId}`);
  await expect(page.getByTestId("order-status")).toHaveText("Canceled");
  await expect(page.getByRole("link", { name: "Continue to payment" })).toHaveCount(0);
});
