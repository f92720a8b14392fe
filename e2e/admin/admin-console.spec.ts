// An operator's session: sign in as an admin, watch the overview's live numbers move while a script searches,
// then make an IGDB refresh fail (the IGDB stand-in answers 500s), find the failed job by searching the
// catalog queue, retry it once IGDB is back, and watch it complete.
import { execFile } from "node:child_process";
import { promisify } from "node:util";

import { signInAsAdmin } from "../support/accounts";
import { failRefreshFromIgdb, retryFailedRefreshFoundBySearch } from "../support/admin-flows";
import { expect, test, type Page } from "../support/csp-violations";

const STANDIN = `http://127.0.0.1:${process.env.E2E_STANDIN_PORT ?? 3219}`;
const GAME = { slug: "the-legend-of-zelda-a-link-to-the-past", name: "The Legend of Zelda: A Link to the Past" };

// One after the other, on one worker: the failed-job test makes the shared IGDB stand-in answer 500s, and the
// traffic test's searches must not meet them (a search that needs IGDB then answers from the catalog or 503s).
test.describe.configure({ mode: "default" });

const readCount = async (page: Page, testId: string) => Number((await page.getByTestId(testId).innerText()).replace(/[^\d.]/g, ""));

test("the overview's live numbers move while a script searches", async ({ page }) => {
  test.setTimeout(120_000);
  await signInAsAdmin(page, "/admin");
  await expect(page.getByRole("heading", { name: "Overview" })).toBeVisible();
  await expect(page.getByText("Live", { exact: true })).toBeVisible({ timeout: 15_000 });
  const total = page.getByTestId("stat-searches-total");
  await expect(total).toHaveText(/\d/);
  const before = await readCount(page, "stat-searches-total");

  // The script an operator would run (npm run traffic:searches), from its own process, while the page stays open.
  const script = promisify(execFile)(
    process.execPath,
    ["--import", "tsx", "scripts/generate-searches.ts", "--url", test.info().project.use.baseURL!, "--count", "40", "--rate", "8"],
    { timeout: 60_000 },
  );
  // Pushed over SSE, no reload: the rate shows the traffic while it runs…
  await expect
    .poll(async () => Number((await page.getByTestId("stat-search-rate").innerText()).replace(/[^\d.]/g, "")), { timeout: 15_000 })
    .toBeGreaterThan(0);
  const { stdout } = await script;
  expect(JSON.parse(stdout.trim().split("\n").at(-1)!)).toMatchObject({ sent: 40, statuses: { 200: 40 } });
  // …and the total reaches at least what was sent.
  await expect.poll(() => readCount(page, "stat-searches-total"), { timeout: 15_000 }).toBeGreaterThanOrEqual(before + 40);
});

test("a failed refresh job is found by search, retried, and completes", async ({ page, request }) => {
  test.setTimeout(120_000);
  const search = await request.get(`/api/games/search?q=${encodeURIComponent(GAME.name)}`);
  const game = ((await search.json()) as { results: Array<{ id: number; slug: string }> }).results.find((g) => g.slug === GAME.slug)!;
  expect(game).toBeTruthy();
  await signInAsAdmin(page, `/admin/catalog/${game.id}`);

  await failRefreshFromIgdb(page, STANDIN);
  // The refresh panel links to the job it started.
  await page.getByRole("link", { name: "View job" }).click();
  await expect(page.getByTestId("job-state")).toHaveText("failed", { timeout: 15_000 });
  // Find it among the catalog queue's jobs by searching for the game's id.
  await page.goto("/admin/queues/catalog");
  await retryFailedRefreshFoundBySearch(page, String(game.id));
});
