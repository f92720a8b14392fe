// The cart in Chromium: a guest adds games from the game page's store panel, the header badge counts them, the cart
// page totals and removes them (mouse and keyboard, desktop and phone), and signing in keeps them (the merge).
import { signIn, signUp } from "../support/accounts";
import { listGamesForSale, type CartTestGame } from "../support/cart-listings";
import { expect, test } from "../support/csp-violations";

test.describe.configure({ mode: "serial" });

let games: CartTestGame[];

test.beforeAll(async ({ request }) => {
  games = await listGamesForSale(request, "zelda", 3);
});

test("a visitor with neither session nor cart makes no cart request", async ({ page }) => {
  const cartRequests: string[] = [];
  page.on("request", (r) => {
    if (new URL(r.url()).pathname.startsWith("/api/cart") && !new URL(r.url()).pathname.startsWith("/api/cart/games"))
      cartRequests.push(r.url());
  });
  await page.goto("/");
  await expect(page.getByTestId("cart-badge")).toBeVisible();
  await page.waitForLoadState("networkidle");
  expect(cartRequests).toEqual([]);
  await expect(page.getByTestId("cart-count")).toHaveCount(0);
});

test("as a guest: add from the game page, the badge counts, the cart page totals and removes", async ({ page }) => {
  const [a, b] = games as [CartTestGame, CartTestGame];
  await page.goto(`/games/${a.slug}`);
  const panel = page.getByTestId("store-panel");
  await expect(panel.getByTestId("offer-price")).toHaveText("$19.99");
  await panel.getByRole("button", { name: "Add to cart" }).click();
  await expect(panel.getByRole("link", { name: /In cart/ })).toBeVisible();
  await expect(page.getByTestId("cart-count")).toHaveText("1");
  // The cookie that holds the cart is out of the page's reach.
  const cookies = await page.context().cookies();
  expect(cookies.find((c) => c.name === "questlog_cart")).toMatchObject({ httpOnly: true, sameSite: "Lax" });

  await page.goto(`/games/${b.slug}`);
  await page.getByTestId("store-panel").getByRole("button", { name: "Add to cart" }).click();
  await expect(page.getByTestId("cart-count")).toHaveText("2");

  await page.getByTestId("cart-badge").click();
  await expect(page).toHaveURL(/\/cart$/);
  await expect(page.getByTestId("cart-line")).toHaveCount(2);
  await expect(page.getByTestId("cart-subtotal")).toHaveText("$39.98");
  await expect(page.getByTestId("cart-total")).toHaveText("$39.98");
  await expect(page.getByRole("link", { name: "Sign in to check out" })).toHaveAttribute("href", "/signin?callbackUrl=%2Fcart");

  await page.getByRole("button", { name: `Remove ${a.name} from the cart` }).click();
  await expect(page.getByTestId("cart-line")).toHaveCount(1);
  await expect(page.getByTestId("cart-total")).toHaveText("$19.99");
  await expect(page.getByTestId("cart-count")).toHaveText("1");

  // Keyboard: focus the last Remove button and press Enter; the empty state follows.
  const remove = page.getByRole("button", { name: `Remove ${b.name} from the cart` });
  await remove.focus();
  await page.keyboard.press("Enter");
  await expect(page.getByTestId("cart-empty")).toBeVisible();
  await expect(page.getByTestId("cart-count")).toHaveCount(0);
});

test("signing in keeps the guest's games (the merge), and the game page then says In cart", async ({ page }) => {
  const [, , c] = games as [CartTestGame, CartTestGame, CartTestGame];
  const email = await signUp(page.request, "cart-merge");
  await page.goto(`/games/${c.slug}`);
  await page.getByTestId("store-panel").getByRole("button", { name: "Add to cart" }).click();
  await expect(page.getByTestId("cart-count")).toHaveText("1");

  await signIn(page, email, "/cart");
  await expect(page.getByRole("link", { name: c.name })).toBeVisible();
  await expect(page.getByRole("button", { name: "Check out" })).toBeEnabled();
  expect((await page.context().cookies()).find((cookie) => cookie.name === "questlog_cart")).toBeUndefined();
  await page.goto(`/games/${c.slug}`);
  await expect(page.getByTestId("store-panel").getByRole("link", { name: /In cart/ })).toBeVisible();
});

test.describe("on a phone", () => {
  test.use({ viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true });

  test("the cart page fits the screen, and its controls are reachable", async ({ page }) => {
    const [a, b] = games as [CartTestGame, CartTestGame];
    for (const game of [a, b]) {
      const res = await page.request.post("/api/cart/items", { data: { gameId: game.id } });
      expect(res.status()).toBe(201);
    }
    await page.goto("/cart");
    await expect(page.getByTestId("cart-line")).toHaveCount(2);
    await expect(page.getByTestId("cart-count")).toHaveText("2");
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    const remove = page.getByRole("button", { name: `Remove ${a.name} from the cart` });
    await expect(remove).toBeInViewport();
    const box = await remove.boundingBox();
    expect(box!.height).toBeGreaterThanOrEqual(40); // a finger-sized target
    await remove.tap();
    await expect(page.getByTestId("cart-line")).toHaveCount(1);
    await page.getByRole("link", { name: "Sign in to check out" }).scrollIntoViewIfNeeded();
    await expect(page.getByRole("link", { name: "Sign in to check out" })).toBeInViewport();
  });
});
