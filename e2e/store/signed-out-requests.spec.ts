// Public pages for a signed-out visitor ask for nothing personal: no session, library, wishlist or cart request
// (issue 18: those 401s cost "best practices"), no console error; and the hints that switch the islands on work:
// a guest's first add shows the header's count, and a sign-in landing on a prerendered page shows the account menu.
import { signIn, signUp } from "../support/accounts";
import { expect, test, type Page } from "../support/csp-violations";
import { listedGames } from "../support/store-flows";

const PERSONAL = /\/api\/(auth\/session|users\/me|cart)(\/|\?|$)/;

function watch(page: Page): { personal: string[]; errors: string[] } {
  const seen = { personal: [] as string[], errors: [] as string[] };
  page.on("request", (request) => {
    if (PERSONAL.test(new URL(request.url()).pathname)) seen.personal.push(request.url());
  });
  page.on("console", (message) => {
    if (message.type() === "error") seen.errors.push(message.text());
  });
  return seen;
}

test("a signed-out visitor's public pages make no personal request and log no error", async ({ page }) => {
  // Five pages, each waited on until the network is idle (the islands load after the page).
  test.setTimeout(120_000);
  const seen = watch(page);
  for (const path of ["/", "/games/the-legend-of-zelda-a-link-to-the-past", "/platforms/super-nintendo", "/search?q=zelda"]) {
    await page.goto(path);
    await page.waitForLoadState("networkidle");
  }
  // The game page's islands did load: the price (public offers API) and the invitation to sign in.
  await page.goto("/games/the-legend-of-zelda-a-link-to-the-past");
  await expect(page.getByTestId("store-panel")).toBeVisible();
  await expect(page.getByRole("link", { name: "Sign in to add to your library" })).toBeVisible();
  await expect(page.getByRole("banner").getByRole("link", { name: "Sign in" })).toBeVisible();
  await page.waitForLoadState("networkidle");
  expect(seen.personal).toEqual([]);
  expect(seen.errors).toEqual([]);
});

test("a guest's first add to the cart shows the count in the header", async ({ page }) => {
  const [game] = await listedGames(page.request, 1);
  await page.goto(`/games/${game!.slug}`);
  await expect(page.getByTestId("cart-count")).toHaveCount(0);
  await page.getByRole("button", { name: /add to cart/i }).click();
  await expect(page.getByTestId("cart-count")).toHaveText("1");
});

test("signing in and landing on a prerendered game page shows the account menu and the library button", async ({ page }) => {
  const email = await signUp(page.request, "hint");
  const target = "/games/the-legend-of-zelda-a-link-to-the-past";
  await signIn(page, email, target);
  await expect(page.getByRole("banner").getByRole("button", { name: email })).toBeVisible();
  await expect(page.getByRole("button", { name: "Add to library" })).toBeVisible();
  // The hint is script-readable by design, and carries nothing but "1".
  const hint = (await page.context().cookies()).find((cookie) => cookie.name === "questlog_signed_in");
  expect(hint?.value).toBe("1");
  expect(hint?.httpOnly).toBe(false);
});
