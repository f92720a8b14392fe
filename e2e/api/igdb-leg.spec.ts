// The IGDB leg against `next start` in zero-config mode: the server started the stand-in itself
// (IGDB_STANDIN_PORT in playwright.config.ts), and the stand-in's own counters are the witness.
import { expect, test } from "@playwright/test";

import { pickUpstreamOnlyTitles } from "../../tests/support/upstream-only-titles";

const STANDIN = `http://127.0.0.1:${process.env.E2E_STANDIN_PORT ?? 3219}`;

async function standinStats() {
  return (await (await fetch(`${STANDIN}/__standin/stats`)).json()) as {
    requests: number; maxPerSecond: number; maxOpen: number; rejected429: number; searches: number;
  };
}

test.describe.configure({ mode: "serial" });

test("an upstream-only title comes from IGDB first, then from the database", async ({ request }) => {
  const q = "gelfling adventure";
  const first = await (await request.get(`/api/games/search?q=${encodeURIComponent(q)}`)).json();
  expect(first.meta.source).toBe("igdb");
  expect(first.results[0].name).toBe("Gelfling Adventure");
  const second = await (await request.get(`/api/games/search?q=${encodeURIComponent(q)}`)).json();
  expect(second.meta.source).toBe("database");
  expect(second.results[0].id).toBe(first.results[0].id);
  const page = await request.get(`/games/${first.results[0].slug}`);
  expect(page.status()).toBe(200);
});

test("50 concurrent distinct cold searches stay within IGDB's limits", async ({ request }) => {
  test.setTimeout(120_000);
  const titles = await pickUpstreamOnlyTitles(STANDIN, 50);
  await new Promise((r) => setTimeout(r, 1_200)); // let the picker's requests leave the rate window
  await fetch(`${STANDIN}/__standin/stats/reset`, { method: "POST" });
  const responses = await Promise.all(titles.map((t) => request.get(`/api/games/search?q=${encodeURIComponent(t)}`)));
  const bodies = await Promise.all(responses.map((r) => r.json()));
  expect(responses.map((r) => r.status())).toEqual(titles.map(() => 200));
  expect(bodies.map((b) => b.meta.source)).toEqual(titles.map(() => "igdb"));
  bodies.forEach((b, i) => expect(b.results[0].name).toBe(titles[i]));
  const stats = await standinStats();
  expect(stats.searches).toBe(50);
  expect(stats.maxPerSecond).toBeLessThanOrEqual(4);
  expect(stats.maxOpen).toBeLessThanOrEqual(8);
  expect(stats.rejected429).toBe(0);
  expect(stats.requests).toBeLessThanOrEqual(15); // batched into multiqueries of ≤ 10
});
