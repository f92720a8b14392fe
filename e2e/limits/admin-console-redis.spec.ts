// The admin console on a Redis deployment, in Chromium: one `next start` instance with REDIS_URL (BullMQ jobs,
// the TCP cache driver, the catalog write stream) and an IGDB stand-in this test controls. An admin looks up
// and invalidates a real Redis cache key, and finds a failed BullMQ job by search, retries it, and watches it
// complete. (The main e2e server runs the same console on the in-process runner and memory cache.)
import { expect, test } from "@playwright/test";
import { Redis } from "ioredis";

import { startIgdbStandin, type IgdbStandin } from "../../standins/igdb";
import { clearQuestlogKeys } from "../../tests/support/clear-questlog-keys";
import { envForStandin, startInstances, type Instances } from "../../tests/support/multi-instance";
import { TEST_REDIS_URL } from "../../tests/support/test-redis";
import { signInAsAdmin } from "../support/accounts";
import { failRefreshFromIgdb, retryFailedRefreshFoundBySearch } from "../support/admin-flows";

const DATA_DIR = process.env.E2E_DATA_DIR ?? ".test-data/e2e";
const PORT = 3460;
const BASE = `http://127.0.0.1:${PORT}`;
let standin: IgdbStandin;
let instances: Instances;

test.use({ baseURL: BASE });

test.beforeAll(async () => {
  test.setTimeout(180_000);
  await clearQuestlogKeys(TEST_REDIS_URL);
  standin = await startIgdbStandin({ dataPath: `${DATA_DIR}/igdb-standin.sqlite` });
  // SITE_URL: Auth.js must see the origin the browser uses (127.0.0.1, not Next's "localhost").
  instances = await startInstances(1, PORT, {
    REDIS_URL: TEST_REDIS_URL,
    SITE_URL: BASE,
    API_RATE_LIMITS: "off",
    ...envForStandin(standin),
  });
});
test.afterAll(async () => {
  await instances?.stop();
  await standin?.close();
});

test("an admin inspects Redis and retries a failed BullMQ job until it completes", async ({ page, request }) => {
  test.setTimeout(180_000);
  // The replica starts empty in real-IGDB mode: a search fetches the game from IGDB, and its lookup caches it.
  const found = await (await request.get("/api/games/search?q=kombat%20rabbits")).json();
  const game = found.results[0] as { id: number; name: string };
  expect(game.name).toBe("Kombat Rabbits");
  // Its lookup caches it in Redis; the drainer's write of the row may still drop that entry once, so look
  // until the entry is there.
  const redis = new Redis(TEST_REDIS_URL);
  try {
    await expect
      .poll(
        async () => {
          expect((await request.get(`/api/games/${game.id}`)).status()).toBe(200);
          return redis.exists(`ql:game:${game.id}`);
        },
        { timeout: 15_000 },
      )
      .toBe(1);
  } finally {
    redis.disconnect();
  }

  await signInAsAdmin(page, "/admin/cache", "redis-admin");
  await expect(page.getByTestId("cache-driver")).toHaveText("redis");
  await page.getByLabel("Cache key").fill(`ql:game:${game.id}`);
  await page.getByRole("button", { name: "Look up" }).click();
  await expect(page.getByTestId("cache-key-value")).toContainText("Kombat Rabbits");
  await page.getByLabel("Key, tag or pattern").fill(`ql:game:${game.id}`);
  await page.getByRole("button", { name: "Invalidate" }).click();
  await page.getByRole("button", { name: "Remove", exact: true }).click();
  await expect(page.getByTestId("cache-invalidate-result")).toHaveText(/^Removed 1 key/);

  // A refresh of the game fails while IGDB answers 500s (BullMQ runs it), then succeeds on retry.
  await page.goto(`/admin/catalog/${game.id}`);
  await failRefreshFromIgdb(page, standin.url);
  await page.goto("/admin/queues/catalog?state=failed");
  await retryFailedRefreshFoundBySearch(page, "injected fault");
  // And the audit log says who did it: narrowed to the retry's target by a click, then by action and day.
  await page.goto("/admin/audit");
  const retry = page
    .getByTestId("audit-entry")
    .filter({ has: page.getByTestId("audit-action").filter({ hasText: "job.retry" }) })
    .first();
  await expect(retry).toBeVisible();
  const target = (await retry.getByTestId("audit-target").innerText()).trim();
  await retry.getByTestId("audit-target").click();
  await expect(page).toHaveURL(new RegExp(`target=${encodeURIComponent(target)}`));
  await expect(page.getByTestId("audit-target").first()).toHaveText(target);
  await expect(page.getByTestId("audit-target").filter({ hasNotText: target })).toHaveCount(0);
  await page.getByLabel("Action", { exact: true }).fill("cache.");
  await expect(page.getByText(`No entries whose action starts with “cache.”, on “${target}”.`)).toBeVisible();
  await page.getByRole("button", { name: "Clear filters" }).click();
  await page.getByLabel("From", { exact: true }).fill(new Date().toISOString().slice(0, 10));
  await expect(page.getByTestId("audit-action").filter({ hasText: "cache.invalidate" }).first()).toBeVisible();
});
