// The catalog write stream across instances: two `next start` instances share one Redis and one IGDB
// stand-in, each with its own empty SQLite replica. A game one instance fetches from IGDB reaches the other
// instance's replica through the stream, so the other answers from its own SQLite without asking IGDB.
import { expect, test } from "@playwright/test";

import { startIgdbStandin, type IgdbStandin } from "../../lib/igdb-standin";
import { clearQuestlogKeys } from "../../tests/support/clear-questlog-keys";
import { envForStandin, startInstances, type Instances } from "../../tests/support/multi-instance";
import { TEST_REDIS_URL } from "../../tests/support/test-redis";

const DATA_DIR = process.env.E2E_DATA_DIR ?? ".test-data/e2e";
let standin: IgdbStandin;
let instances: Instances;

test.beforeAll(async () => {
  test.setTimeout(180_000);
  await clearQuestlogKeys(TEST_REDIS_URL);
  standin = await startIgdbStandin({ dataPath: `${DATA_DIR}/igdb-standin.sqlite` });
  instances = await startInstances(2, 3440, { REDIS_URL: TEST_REDIS_URL, ...envForStandin(standin) });
});
test.afterAll(async () => {
  await instances?.stop();
  await standin?.close();
});

type Search = { results: Array<{ id: number; name: string; slug: string }>; meta: { source: string } };

async function search(url: string, q: string, limit: number): Promise<Search> {
  const res = await fetch(`${url}/api/games/search?q=${encodeURIComponent(q)}&limit=${limit}`, { headers: { "x-forwarded-for": `10.4.0.${limit}` } });
  expect(res.status).toBe(200);
  return (await res.json()) as Search;
}

const upstreamSearches = async () => ((await (await fetch(`${standin.url}/__standin/stats`)).json()) as { searches: number }).searches;

test("a game fetched from IGDB by one instance is served from SQLite by the other", async () => {
  const [a, b] = instances.urls as [string, string];
  await fetch(`${standin.url}/__standin/stats/reset`, { method: "POST" });
  const first = await search(a, "kombat rabbits", 5);
  expect(first.meta.source).toBe("igdb");
  expect(first.results[0]?.name).toBe("Kombat Rabbits");
  expect(await upstreamSearches()).toBe(1);

  // Another page size is another cache key: instance B must answer from its own replica, once the
  // stream has carried the write there (milliseconds; polled for a few seconds at most).
  let fromB: Search | null = null;
  for (let attempt = 0; attempt < 20 && fromB?.meta.source !== "database"; attempt++) {
    await new Promise((resolve) => setTimeout(resolve, 250));
    fromB = await search(b, "kombat rabbits", 7 + (attempt % 2));
    if (fromB.meta.source === "igdb") break; // B asked IGDB: the write had not reached it
  }
  expect(fromB?.meta.source).toBe("database");
  expect(fromB?.results[0]).toMatchObject({ id: first.results[0]!.id, name: "Kombat Rabbits" });
  expect(await upstreamSearches()).toBe(1);
  // Its page renders on B from B's replica too.
  const page = await fetch(`${b}/games/${first.results[0]!.slug}`);
  expect(page.status).toBe(200);
  expect(await page.text()).toContain("Kombat Rabbits");
});
