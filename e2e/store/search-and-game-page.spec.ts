// What a player does: type in the header search, pick a result with the keyboard, read the game page.
import { expect, test } from "../support/csp-violations";

test("instant search while typing, then keyboard to a game page", async ({ page }) => {
  await page.goto("/");
  await expect(page.getByRole("heading", { name: "Popular games" })).toBeVisible();
  const box = page.getByRole("combobox", { name: "Search games" });
  await box.click();
  await box.pressSequentially("pokemon red", { delay: 30 });
  const options = page.getByRole("listbox", { name: "Search suggestions" }).getByRole("option");
  await expect(options.first()).toContainText("Pokémon: Red Version");
  await box.press("ArrowDown");
  await expect(options.first()).toHaveAttribute("aria-selected", "true");
  await box.press("Enter");
  await expect(page).toHaveURL(/\/games\/pokemon-red-version$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Pokémon: Red Version");
  await expect(page.getByTestId("alternative-titles")).toContainText("Pocket Monsters Aka");
  await expect(page.getByRole("table")).toContainText("Game Boy");
  await expect(page.getByRole("table")).toContainText("Japan");
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute("href", /\/games\/pokemon-red-version$/);
  const jsonLd = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent()) ?? "{}") as {
    "@graph": Array<{ "@type": string }>;
  };
  expect(jsonLd["@graph"].map((node) => node["@type"])).toEqual(["VideoGame", "BreadcrumbList"]);
});

test("Enter without a highlighted suggestion opens the full results page with filters", async ({ page }) => {
  await page.goto("/");
  const box = page.getByRole("combobox", { name: "Search games" });
  await box.fill("rockman");
  await box.press("Enter");
  await expect(page).toHaveURL(/\/search\?q=rockman/);
  await expect(page.getByRole("link", { name: "Mega Man", exact: true }).first()).toBeVisible();
  await page.getByLabel("Platform").selectOption("game-boy");
  await page.getByRole("button", { name: "Search" }).click();
  await expect(page).toHaveURL(/platform=game-boy/);
  await expect(page.getByText(/Mega Man: Dr\. Wily's Revenge/)).toBeVisible();
});

test("a game page shows platforms, releases, publisher and similar games", async ({ page }) => {
  await page.goto("/games/the-legend-of-zelda-a-link-to-the-past");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("The Legend of Zelda: A Link to the Past");
  await expect(page.getByRole("link", { name: "Super Nintendo" }).first()).toBeVisible();
  await expect(page.getByText("Zelda no Densetsu: Kamigami no Triforce").first()).toBeVisible();
  await expect(page.getByText("Nintendo").first()).toBeVisible();
  await expect(page.getByRole("heading", { name: "Similar games" })).toBeVisible();
  await expect(page.getByRole("img", { name: /cover placeholder/ }).first()).toBeVisible();
});

test("an unknown slug gives a 404 page", async ({ page }) => {
  const res = await page.goto("/games/this-game-does-not-exist-anywhere");
  expect(res?.status()).toBe(404);
  await expect(page.getByRole("heading", { name: "We couldn’t find that page" })).toBeVisible();
});

test("a platform page lists its games and filters by year", async ({ page }) => {
  await page.goto("/platforms/game-boy");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Game Boy");
  await page.getByLabel("Year").selectOption("1989");
  await page.getByRole("button", { name: "Apply" }).click();
  await expect(page).toHaveURL(/year=1989/);
  await expect(page.getByText(/games released in 1989/)).toBeVisible();
});
