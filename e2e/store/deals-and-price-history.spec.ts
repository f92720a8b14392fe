// Price history for players, in Chromium on a server with the demo listings (STORE_DEMO_LISTINGS=on: ~10% of 5,000
// games on sale, their history recorded from 60 days back): the Deals page lists discounted games sorted by
// discount and switches sort by keyboard, fits a phone; the game page shows the price chart with its table and the
// all-time-low badge where it applies (and not on a game whose price never changed); search with "On sale" shows
// only discounted games.
import type { APIRequestContext } from "@playwright/test";

import { expect, test } from "../support/csp-violations";

interface DealGame {
  id: number;
  slug: string;
  name: string;
  is_all_time_low: boolean;
  offer: { price: string; discount_percent: number };
}

/** The demo listings are seeded in the background at start: wait until deals exist. */
async function firstDeals(request: APIRequestContext): Promise<DealGame[]> {
  let results: DealGame[] = [];
  await expect
    .poll(
      async () => {
        const res = await request.get("/api/deals?sort=discount&currency=USD");
        results = res.ok() ? ((await res.json()).results as DealGame[]) : [];
        return results.length;
      },
      { timeout: 60_000, intervals: [500] },
    )
    .toBeGreaterThan(3);
  return results;
}

test("the Deals page lists discounted games by discount, and sorts by ending soon from the keyboard", async ({ page, request }) => {
  await firstDeals(request);
  await page.goto("/");
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Deals" }).click();
  await expect(page).toHaveURL(/\/deals$/);
  await expect(page.getByRole("heading", { name: "Deals", level: 1 })).toBeVisible();

  const rows = page.getByTestId("deal-row");
  await expect(rows.first()).toBeVisible();
  const discounts = (await rows.evaluateAll((els) => els.map((el) => Number(el.getAttribute("data-discount"))))) as number[];
  expect(discounts.length).toBeGreaterThan(3);
  for (const d of discounts) expect(d).toBeGreaterThan(0);
  expect(discounts).toEqual([...discounts].sort((a, b) => b - a));
  await expect(rows.first().getByTestId("price-block")).toContainText("%");
  await expect(page.getByRole("link", { name: "Biggest discount" })).toHaveAttribute("aria-current", "page");

  // By keyboard: focus the "Ending soon" sort and press Enter.
  await page.getByRole("link", { name: "Ending soon" }).focus();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/sort=ends_soon/);
  await expect(page.getByRole("link", { name: "Ending soon" })).toHaveAttribute("aria-current", "page");
  await expect(rows.first()).toBeVisible();
});

test.describe("on a phone", () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test("the Deals page fits 390 px", async ({ page, request }) => {
    await firstDeals(request);
    await page.goto("/deals?sort=all_time_low");
    await expect(page.getByTestId("deal-row").first()).toBeVisible();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  });
});

test("the game page shows the price chart and the all-time-low badge where it applies", async ({ page, request }) => {
  const deals = await firstDeals(request);
  // The demo sales are the first ever of their games: each is an all-time low below an earlier, higher price.
  const low = deals.find((d) => d.is_all_time_low)!;
  expect(low).toBeTruthy();
  const history = await (await request.get(`/api/games/${low.id}/prices?currency=USD`)).json();
  expect(history).toMatchObject({ is_all_time_low: true, current: { price: low.offer.price } });
  expect(history.points.length).toBeGreaterThanOrEqual(2);

  await page.goto(`/games/${low.slug}`);
  // The history loads as the visitor scrolls near it (it sits below the game's facts).
  await page.getByRole("heading", { name: "Releases by platform and region" }).scrollIntoViewIfNeeded();
  const panel = page.getByTestId("price-history");
  await expect(panel).toBeVisible({ timeout: 20_000 });
  await expect(panel.getByTestId("all-time-low-badge")).toBeVisible();
  await expect(panel.getByTestId("price-history-summary")).toContainText("Lowest in the last 30 days");
  const chart = panel.getByTestId("price-history-chart");
  await expect(chart.locator("canvas")).toBeVisible();
  await chart.focus();
  await expect(chart).toBeFocused();
  // The same figures as a table for screen readers (and anyone): one row per change.
  await panel.getByText("Price changes as a table").click();
  await expect(panel.getByRole("table").locator("tbody tr")).toHaveCount(history.points.length);

  // A listed game not on sale whose price never changed: its chart, but no badge.
  const search = await (await request.get("/api/games/search?q=zelda&currency=USD&limit=50")).json();
  const flat = (search.results as Array<DealGame & { offer: DealGame["offer"] | null }>).find(
    (g) => g.offer !== null && g.offer.discount_percent === 0,
  )!;
  expect(flat).toBeTruthy();
  await page.goto(`/games/${flat.slug}`);
  await page.getByRole("heading", { name: "Releases by platform and region" }).scrollIntoViewIfNeeded();
  await expect(page.getByTestId("price-history-chart").locator("canvas")).toBeVisible({ timeout: 20_000 });
  await expect(page.getByTestId("all-time-low-badge")).toHaveCount(0);
});

test("search with On sale shows only discounted games", async ({ page, request }) => {
  const [deal] = await firstDeals(request);
  await page.goto("/search");
  await page.getByLabel("Title").fill(deal!.name);
  await page.getByLabel("On sale").check();
  await page.getByRole("button", { name: "Search" }).click();
  await expect(page).toHaveURL(/on_sale=true/);
  const results = page.locator("section[aria-live] li");
  await expect(results.first()).toBeVisible();
  const count = await results.count();
  // Every result's price (fetched in the browser) carries its discount badge.
  await expect(results.getByTestId("price-block")).toHaveCount(count, { timeout: 20_000 });
  for (let i = 0; i < count; i++) await expect(results.nth(i).getByTestId("price-block")).toContainText("%");
  await expect(page.getByRole("link", { name: deal!.name, exact: true }).first()).toBeVisible();
});
