// An operator's session: sign in as an admin, watch the overview's live numbers move while a script searches,
// then make an IGDB refresh fail (the IGDB stand-in answers 500s), find the failed job by searching the
// catalog queue, retry it once IGDB is back, and watch it complete.
import { execFile } from "node:child_process";
import { promisify } from "node:util";

import { expect, test, type Page } from "@playwright/test";

import { makeAdmin, signIn, signUp } from "../support/accounts";

const STANDIN = `http://127.0.0.1:${process.env.E2E_STANDIN_PORT ?? 3219}`;
const GAME = { slug: "the-legend-of-zelda-a-link-to-the-past", name: "The Legend of Zelda: A Link to the Past" };

async function setStandinFaults(faults: unknown[]): Promise<void> {
  const res = await fetch(`${STANDIN}/__standin/faults`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ faults }) });
  expect(res.ok).toBe(true);
}

async function signInAsAdmin(page: Page, callbackUrl: string): Promise<void> {
  const email = await signUp(page.request, "admin");
  await makeAdmin(email);
  await signIn(page, email, callbackUrl);
}

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
  await expect.poll(async () => Number((await page.getByTestId("stat-search-rate").innerText()).replace(/[^\d.]/g, "")), { timeout: 15_000 }).toBeGreaterThan(0);
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

  // IGDB answers every lookup (a multiquery) with a 500: the client's 4 tries fail (one failure for the
  // circuit breaker, which opens at 5), and the one-try refresh job fails with IGDB's reason.
  await setStandinFaults([{ kind: "500", endpoint: "multiquery", probability: 1 }]);
  try {
    await page.getByRole("button", { name: "Refresh from IGDB" }).click();
    await expect(page.getByTestId("refresh-job-state")).toHaveAttribute("data-state", "failed", { timeout: 60_000 });
  } finally {
    await setStandinFaults([]);
  }

  // Find it among the catalog queue's jobs by searching for the game's id.
  await page.goto("/admin/queues/catalog");
  await page.getByLabel("Search jobs").fill(String(game.id));
  await expect(page).toHaveURL(new RegExp(`search=${game.id}`));
  const row = page.getByRole("link", { name: /catalog\.refresh-game/ }).first();
  await expect(row).toBeVisible({ timeout: 10_000 });
  await row.click();
  await expect(page).toHaveURL(/\/admin\/queues\/catalog\/jobs\/\w+/, { timeout: 15_000 });
  await expect(page.getByTestId("job-state")).toHaveText("failed", { timeout: 15_000 });
  await expect(page.getByText(/IGDB/).first()).toBeVisible();

  // IGDB is back: one retry, and the page follows the job to completion on its own.
  await page.getByRole("button", { name: "Retry" }).click();
  await expect(page.getByTestId("job-state")).toHaveText("completed", { timeout: 60_000 });
});
