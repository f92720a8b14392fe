// A player's account end to end: sign up, sign in, put a game in the library, change its status, see it on
// /library, sign out, and find the library closed again.
import { expect, test, type Page } from "../support/csp-violations";

const GAME = { slug: "the-legend-of-zelda-a-link-to-the-past", name: "The Legend of Zelda: A Link to the Past" };
const PASSWORD = "copper kettle lantern 42";

// Unique per run and per retry: the e2e database persists between runs.
const uniqueEmail = () => `player-${Date.now()}-${Math.random().toString(36).slice(2, 8)}@example.com`;

async function signOut(page: Page) {
  await page.getByRole("button", { name: /player-/ }).click();
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page.getByRole("link", { name: "Sign in", exact: true })).toBeVisible();
}

test("sign up, sign in, add a game to the library, change its status, sign out", async ({ page }) => {
  const email = uniqueEmail();

  // Sign-up refuses a weak password with its reasons, then succeeds and opens the (empty) library.
  await page.goto("/signup");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill("password1");
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.locator("main").getByRole("alert")).toContainText("at least 10 characters");
  await page.getByLabel("Password").fill(PASSWORD);
  await page.getByRole("button", { name: "Create account" }).click();
  // Sign-up hashes the password, then signing in verifies it: two argon2 runs on a cold server.
  await expect(page).toHaveURL(/\/library$/, { timeout: 20_000 });
  await expect(page.getByText("Your library is empty.")).toBeVisible();
  await signOut(page);

  // A wrong password is refused without saying which field was wrong; the right one signs in.
  await page.goto(`/signin?callbackUrl=${encodeURIComponent(`/games/${GAME.slug}`)}`);
  await page.getByLabel("Email").first().fill(email);
  await page.getByLabel("Password").fill("not my password at all");
  await page.getByRole("button", { name: "Sign in", exact: true }).click();
  await expect(page.locator("main").getByRole("alert")).toHaveText("Wrong email or password.");
  await page.getByLabel("Password").fill(PASSWORD);
  await page.getByRole("button", { name: "Sign in", exact: true }).click();
  await expect(page).toHaveURL(new RegExp(`/games/${GAME.slug}$`));
  await expect(page.getByRole("button", { name: email })).toBeVisible();

  // Add to the library, then change the status; both are saved by the API.
  const added = page.waitForResponse((r) => r.url().endsWith("/api/users/me/library") && r.request().method() === "POST");
  await page.getByRole("button", { name: "Add to library" }).click();
  expect((await added).status()).toBe(201);
  const status = page.getByLabel("In your library:");
  await expect(status).toHaveValue("WANT");
  const changed = page.waitForResponse((r) => r.url().includes("/api/users/me/library/") && r.request().method() === "PATCH");
  await status.selectOption("PLAYING");
  expect((await changed).status()).toBe(200);

  // And on the wishlist, which /wishlist then lists.
  const wished = page.waitForResponse((r) => r.url().endsWith("/api/users/me/wishlist") && r.request().method() === "POST");
  await page.getByRole("button", { name: "Add to wishlist" }).click();
  expect((await wished).status()).toBe(201);
  await expect(page.getByRole("button", { name: "On your wishlist" })).toHaveAttribute("aria-pressed", "true");
  await page.goto("/wishlist");
  await expect(page.getByRole("link", { name: GAME.name })).toBeVisible();

  // The library page shows it under the right status, and filters by status through the URL.
  await page.goto("/library");
  await expect(page.getByTestId("count-playing")).toHaveText("1");
  await expect(page.getByTestId("count-want")).toHaveText("0");
  await expect(page.getByTestId("library-entry")).toHaveCount(1);
  await expect(page.getByRole("link", { name: GAME.name })).toBeVisible();
  await page.getByRole("link", { name: /^Completed/ }).click();
  await expect(page).toHaveURL(/status=completed/);
  await expect(page.getByText("No games match these filters.")).toBeVisible();

  // After signing out, neither the API nor the page shows the library.
  await signOut(page);
  const api = await page.request.get("/api/users/me/library");
  expect(api.status()).toBe(401);
  await page.goto("/library");
  await expect(page).toHaveURL(/\/signin\?callbackUrl=%2Flibrary/);
});

test("signed out, the game page offers to sign in and come back", async ({ page }) => {
  await page.goto(`/games/${GAME.slug}`);
  const link = page.getByRole("link", { name: "Sign in to add to your library" });
  await expect(link).toHaveAttribute("href", `/signin?callbackUrl=${encodeURIComponent(`/games/${GAME.slug}`)}`);
});

test("the sign-in page shows the rate-limit message Auth.js sends it", async ({ page }) => {
  await page.goto("/signin?error=CredentialsSignin&code=rate_limited");
  await expect(page.locator("main").getByRole("alert")).toContainText("Too many sign-in attempts");
});
