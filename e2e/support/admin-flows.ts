// Steps the admin console e2e takes on both deployments (in-process runner and BullMQ on Redis): fail a game's
// IGDB refresh through the stand-in's fault injection, then find that failed job by searching its queue,
// retry it, and follow it to completion.
import { expect, type Page } from "@playwright/test";

async function setStandinFaults(standinUrl: string, faults: unknown[]): Promise<void> {
  const res = await fetch(`${standinUrl}/__standin/faults`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ faults }),
  });
  expect(res.ok).toBe(true);
}

/**
 * On /admin/catalog/<id>: IGDB answers every lookup (a multiquery) with a 500, so the client's 4 tries fail
 * (one failure for the circuit breaker, which opens at 5) and the one-try refresh job fails with IGDB's
 * reason. The faults are cleared again whatever happens.
 */
export async function failRefreshFromIgdb(page: Page, standinUrl: string): Promise<void> {
  await setStandinFaults(standinUrl, [{ kind: "500", endpoint: "multiquery", probability: 1 }]);
  try {
    await page.getByRole("button", { name: "Refresh from IGDB" }).click();
    await expect(page.getByTestId("refresh-job-state")).toHaveAttribute("data-state", "failed", { timeout: 60_000 });
  } finally {
    await setStandinFaults(standinUrl, []);
  }
}

/**
 * The page at `width` px must not scroll sideways: long unbreakable text (a failed job's stack trace, whose
 * file paths depend on where the app is installed) wraps or scrolls inside its own box.
 */
export async function expectFitsWidth(page: Page, width: number): Promise<void> {
  const size = page.viewportSize();
  await page.setViewportSize({ width, height: 844 });
  try {
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow, `${page.url()} scrolls sideways by ${overflow}px at ${width} px`).toBeLessThanOrEqual(0);
  } finally {
    if (size) await page.setViewportSize(size);
  }
}

/** On a queue page: searches, opens the first refresh job found, checks it failed, retries it and waits for completion. */
export async function retryFailedRefreshFoundBySearch(page: Page, search: string): Promise<void> {
  await page.getByLabel("Search jobs").fill(search);
  await expect(page).toHaveURL(new RegExp(`search=${encodeURIComponent(search).replace(/%20/g, "\\+")}`));
  const row = page.getByRole("link", { name: /catalog\.refresh-game/ }).first();
  await expect(row).toBeVisible({ timeout: 10_000 });
  await row.click();
  await expect(page).toHaveURL(/\/admin\/queues\/catalog\/jobs\/\w+/, { timeout: 15_000 });
  await expect(page.getByTestId("job-state")).toHaveText("failed", { timeout: 15_000 });
  await expect(page.getByText(/IGDB/).first()).toBeVisible();
  // The stack trace (long unbreakable file paths) must not widen the page, even on the narrowest phones.
  await expect(page.getByTestId("job-stacktrace")).toBeVisible();
  await expectFitsWidth(page, 320);
  // IGDB is back: one retry, and the page follows the job to completion on its own.
  await page.getByRole("button", { name: "Retry" }).click();
  await expect(page.getByTestId("job-state")).toHaveText("completed", { timeout: 60_000 });
}
