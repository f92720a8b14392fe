// Cache headers for a CDN in front (issue 18): build assets immutable for a year; prerendered and ISR pages
// cacheable by a shared cache with stale-while-revalidate; pages about one visitor never stored by one.
import { expect, test } from "@playwright/test";

const sharedCacheable = (value: string | undefined) => {
  expect(value).toMatch(/s-maxage=\d+/);
  expect(value).toMatch(/stale-while-revalidate/);
  expect(value).not.toMatch(/private|no-store/);
};

test("prerendered pages: s-maxage with stale-while-revalidate", async ({ request }) => {
  for (const path of ["/", "/platforms", "/games/the-legend-of-zelda-a-link-to-the-past"]) {
    const res = await request.get(path);
    expect(res.status(), path).toBe(200);
    sharedCacheable(res.headers()["cache-control"]);
  }
});

test("an ISR game page (rendered on first request) is cacheable the same way", async ({ request }) => {
  // A game far down the popularity list: not among the prerendered ones.
  const { results } = (await (await request.get("/api/games/search?q=pinball&sort=popularity&limit=50")).json()) as {
    results: Array<{ slug: string }>;
  };
  const slug = results.at(-1)!.slug;
  await request.get(`/games/${slug}`);
  const res = await request.get(`/games/${slug}`);
  expect(res.status()).toBe(200);
  sharedCacheable(res.headers()["cache-control"]);
});

test("build assets are immutable for a year", async ({ request }) => {
  const html = await (await request.get("/")).text();
  const assets = [...html.matchAll(/(?:src|href)="(\/_next\/static\/[^"]+)"/g)].map((m) => m[1]!);
  expect(assets.length).toBeGreaterThan(0);
  for (const asset of assets.slice(0, 5)) {
    const res = await request.get(asset);
    expect(res.status(), asset).toBe(200);
    expect(res.headers()["cache-control"], asset).toMatch(/max-age=31536000.*immutable|immutable.*max-age=31536000/);
  }
});

test("a visitor's own pages are never stored by a shared cache", async ({ request }) => {
  for (const path of ["/cart", "/library", "/search?q=zelda"]) {
    const res = await request.get(path);
    expect(res.headers()["cache-control"], path).toMatch(/private|no-store/);
  }
});
