// IGDB's limits under a burst, against `next start` in zero-config mode: the server started the stand-in
// itself (IGDB_STANDIN_PORT in playwright.config.ts), and the stand-in's own counters are the witness. This
// project runs after the others, alone: arrival times are only meaningful on a machine not saturated by
// browsers (a starved stand-in would see well-spaced requests bunched together).
import { expect, test } from "@playwright/test";

import { pickUpstreamOnlyTitles } from "../../tests/support/upstream-only-titles";

const STANDIN = `http://127.0.0.1:${process.env.E2E_STANDIN_PORT ?? 3219}`;

async function standinStats() {
  return (await (await fetch(`${STANDIN}/__standin/stats`)).json()) as {
    requests: number;
    maxPerSecond: number;
    maxOpen: number;
    rejected429: number;
    searches: number;
  };
}

test("50 concurrent distinct cold searches stay within IGDB's limits", async ({ request }) => {
  test.setTimeout(120_000);
  const titles = await pickUpstreamOnlyTitles(STANDIN, 50);
  await new Promise((r) => setTimeout(r, 1_200)); // let the picker's requests leave the rate window
  await fetch(`${STANDIN}/__standin/stats/reset`, { method: "POST" });
  const responses = await Promise.all(
    titles.map((t, i) => request.get(`/api/games/search?q=${encodeURIComponent(t)}`, { headers: { "x-forwarded-for": `10.2.0.${i}` } })),
  );
  const bodies = await Promise.all(responses.map((r) => r.json()));
  expect(responses.map((r) => r.status())).toEqual(titles.map(() => 200));
  expect(bodies.map((b) => b.meta.source)).toEqual(titles.map(() => "igdb"));
  bodies.forEach((b, i) => expect(b.results[0].name).toBe(titles[i]));
  const stats = await standinStats();
  await test.info().attach("stand-in stats", { body: JSON.stringify(stats, null, 2), contentType: "application/json" });
  expect(stats.searches).toBe(50);
  expect(stats.maxPerSecond).toBeLessThanOrEqual(4);
  expect(stats.maxOpen).toBeLessThanOrEqual(8);
  expect(stats.rejected429).toBe(0);
  expect(stats.requests).toBeLessThanOrEqual(15); // batched into multiqueries of ≤ 10
});
