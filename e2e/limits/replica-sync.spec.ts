// The catalog write stream across instances: two `next start` instances share one Redis and one IGDB
// stand-in, each with its own empty SQLite replica. A game one instance fetches from IGDB reaches the other
// instance's replica through the stream, so the other answers from its own SQLite without asking IGDB.
import { expect, test } from "@playwright/test";

import { startIgdbStandin, type IgdbStandin } from "../../standins/igdb";
import { clearQuestlogKeys } from "../../tests/support/clear-questlog-keys";
import { envForStandin, startInstances, type Instances } from "../../tests/support/multi-instance";
import { TEST_REDIS_URL } from "../../tests/support/test-redis";

const DATA_DIR = process.env.E2E_DATA_DIR ?? ".test-data/e2e";
const WEBHOOK_SECRET = "e2e-webhook-secret";
let standin: IgdbStandin;
let instances: Instances;

test.beforeAll(async () => {
  test.setTimeout(180_000);
  await clearQuestlogKeys(TEST_REDIS_URL);
  standin = await startIgdbStandin({ dataPath: `${DATA_DIR}/igdb-standin.sqlite` });
  instances = await startInstances(2, 3440, { REDIS_URL: TEST_REDIS_URL, IGDB_WEBHOOK_SECRET: WEBHOOK_SECRET, ...envForStandin(standin) });
});
test.afterAll(async () => {
  await instances?.stop();
  await standin?.close();
});

type Search = { results: Array<{ id: number; name: string; slug: string }>; meta: { source: string } };

async function search(url: string, q: string, limit: number): Promise<Search> {
  const res = await fetch(`${url}/api/games/search?q=${encodeURIComponent(q)}&limit=${limit}`, {
    headers: { "x-forwarded-for": `10.4.0.${limit}` },
  });
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
  // stream has carried the write there (milliseconds; polled for up to 15 s on a loaded machine).
  let fromB: Search | null = null;
  for (let attempt = 0; attempt < 60 && fromB?.meta.source !== "database"; attempt++) {
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

test("an IGDB webhook update on one instance renames the game on the other's page and search", async () => {
  const [a, b] = instances.urls as [string, string];
  const { results } = await search(a, "gelfling adventure", 5);
  const game = results.find((r) => r.name === "Gelfling Adventure")!;
  expect(game).toBeTruthy();
  // B renders (and caches, ISR) the page from its replica once the write reached it.
  let page = "";
  for (let attempt = 0; attempt < 20 && !page.includes("Gelfling Adventure"); attempt++) {
    await new Promise((resolve) => setTimeout(resolve, 250));
    const res = await fetch(`${b}/games/${game.slug}`);
    page = res.ok ? await res.text() : "";
  }
  expect(page).toContain("Gelfling Adventure");
  // B's in-process L1 (lib/search/hot-searches.ts, lib/catalog-sync/hot-games.ts) now holds this search and this game.
  const gameOnB = async () =>
    (await (await fetch(`${b}/api/games/${game.id}`, { headers: { "x-forwarded-for": "10.4.0.99" } })).json()) as { name: string };
  await search(b, "gelfling adventure", 9);
  expect((await search(b, "gelfling adventure", 9)).meta.source).toBe("cache");
  await gameOnB();
  expect((await gameOnB()).name).toBe("Gelfling Adventure");

  // IGDB renames it and notifies instance A; A fetches it and writes it to the stream; B's drainer
  // applies it and revalidates B's cached page.
  const renamed = "Gelfling Adventure: Director's Cut";
  expect(
    (await fetch(`${standin.url}/__standin/records/games`, { method: "POST", body: JSON.stringify([{ id: game.id, name: renamed }]) })).ok,
  ).toBe(true);
  const hook = await fetch(`${a}/api/igdb/webhook?method=update`, {
    method: "POST",
    headers: { "x-secret": WEBHOOK_SECRET },
    body: JSON.stringify({ id: game.id }),
  });
  expect(hook.status).toBe(202);
  let updated = "";
  for (let attempt = 0; attempt < 40 && !updated.includes("Director&#x27;s Cut") && !updated.includes("Director's Cut"); attempt++) {
    await new Promise((resolve) => setTimeout(resolve, 250));
    updated = await (await fetch(`${b}/games/${game.slug}`)).text();
  }
  expect(updated).toMatch(/Director(&#x27;|')s Cut/);
  // B's drainer applied the write before revalidating that page, and emptied B's L1 as it did: the held search and
  // game answer with the new name (the L1 keeps answers 10 s; this flow takes less, so a missed emptying would show).
  expect((await search(b, "gelfling adventure", 9)).results.find((r) => r.id === game.id)?.name).toBe(renamed);
  expect((await gameOnB()).name).toBe(renamed);
  const fromB = await search(b, "gelfling adventure directors cut", 6);
  expect(fromB.results[0]).toMatchObject({ id: game.id, name: renamed });
});
