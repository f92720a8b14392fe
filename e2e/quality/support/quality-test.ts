// The quality specs' `test`: the CSP watch of every browser spec, plus the worker's QualityState (made once per
// worker, since an admin account and a paid order take seconds), and a walk over every page type that reuses one
// browser context per kind of visitor.
import type { Browser, BrowserContextOptions, Page, Response } from "@playwright/test";

import { test as cspTest, expect, watchCspViolations } from "../../support/csp-violations";
import { preloadAxe } from "./axe-check";
import { qualityPages, type QualityPage } from "./quality-pages";
import { makeQualityState, type QualityState } from "./quality-state";

export const test = cspTest.extend<object, { qualityState: QualityState }>({
  qualityState: [
    async ({ playwright }, provide, workerInfo) => {
      const request = await playwright.request.newContext({ baseURL: workerInfo.project.use.baseURL });
      const state = await makeQualityState(request).finally(() => request.dispose());
      await provide(state);
    },
    { scope: "worker", timeout: 180_000 },
  ],
});

export { expect };

/**
 * Opens every page type once, in one context for the signed-out visitor and one for the signed-in player (both
 * with `options`: viewport, colour scheme), and calls `visit` on each page once it has loaded.
 */
export async function visitEveryPage(
  browser: Browser,
  state: QualityState,
  options: BrowserContextOptions,
  cspViolations: string[],
  visit: (page: Page, target: QualityPage, response: Response) => Promise<void>,
): Promise<void> {
  const visitor = await browser.newContext(options);
  const player = await browser.newContext({ ...options, storageState: state.storageState });
  try {
    const pages = new Map<boolean, Page>();
    for (const [signedIn, context] of [
      [false, visitor],
      [true, player],
    ] as const) {
      await watchCspViolations(context, cspViolations);
      await preloadAxe(context);
      pages.set(signedIn, await context.newPage());
    }
    for (const target of qualityPages(state)) {
      const page = pages.get(target.signedIn)!;
      const response = await page.goto(target.path);
      expect(response?.status(), `${target.name} (${target.path})`).toBe(target.status ?? 200);
      // Client islands render after their data arrives; pages with a live feed (the console's overview) never go
      // idle, so the wait is capped and its timeout is not a failure.
      await page.waitForLoadState("networkidle", { timeout: 1_500 }).catch(() => undefined);
      await visit(page, target, response!);
    }
  } finally {
    await Promise.all([visitor.close(), player.close()]);
  }
}
