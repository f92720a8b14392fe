// The console at 390 px (a phone): every page renders its heading and navigation without the page itself
// scrolling sideways (wide tables scroll inside their own panel or turn into cards).
import { signInAsAdmin } from "../support/accounts";
import { expectFitsWidth } from "../support/admin-flows";
import { adminPages } from "../support/admin-surface";
import { expect, test } from "../support/csp-violations";

test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

test("every admin page fits a 390 px screen", async ({ page, request }) => {
  test.setTimeout(120_000);
  await signInAsAdmin(page, "/admin", "admin-mobile");
  // Sample ids that exist: the catalog's most popular game; queue "catalog".
  const search = await request.get("/api/games/search?q=zelda");
  const gameId = String(((await search.json()) as { results: Array<{ id: number }> }).results[0]!.id);
  for (const path of adminPages({ queue: "catalog", id: gameId })) {
    const res = await page.goto(path);
    // A job id that does not exist is the page's own 404, still inside the console.
    expect([200, 404], path).toContain(res?.status());
    await expect(page.getByRole("navigation", { name: "Admin" }), path).toBeVisible();
    await expect(page.locator("main h1").first(), path).toBeVisible();
    await expectFitsWidth(page, 390);
  }
});
