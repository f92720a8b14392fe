// Share images over HTTP: a game page names its 1200×630 PNG (og:image) and an X large-image card; the image is
// cacheable by a CDN; an unknown, malformed or hidden game is a 404, never a 500. No network here, so the
// placeholder art is what is drawn (the cover path is tests/seo/fetch-cover-image.test.ts).
import { expect, test, type APIRequestContext } from "@playwright/test";

import { makeAdmin, signInOverHttp, signUp } from "../support/accounts";
import { metaContent, pngSize } from "../support/seo-fetch";

const PRERENDERED = "the-legend-of-zelda-a-link-to-the-past";
// Far down the popularity order: rendered on request, and hiding it for a moment disturbs no other spec.
const OBSCURE = "river-race";

/** The share image's path, as the game page's metadata names it. */
async function shareImagePath(request: APIRequestContext, slug: string): Promise<string> {
  const res = await request.get(`/games/${slug}`);
  expect(res.status()).toBe(200);
  const html = await res.text();
  const image = metaContent(html, "og:image");
  expect(image, "og:image").toBeTruthy();
  expect(metaContent(html, "og:image:width")).toBe("1200");
  expect(metaContent(html, "og:image:height")).toBe("630");
  expect(metaContent(html, "og:image:type")).toBe("image/png");
  expect(metaContent(html, "twitter:card")).toBe("summary_large_image");
  expect(metaContent(html, "twitter:title")).toBeTruthy();
  expect(metaContent(html, "twitter:image")).toBe(image);
  const url = new URL(image!);
  expect(url.pathname).toMatch(new RegExp(`^/games/${slug}/opengraph-image`));
  return `${url.pathname}${url.search}`;
}

for (const slug of [PRERENDERED, OBSCURE]) {
  test(`${slug}: a 1200×630 PNG a CDN may keep`, async ({ request }) => {
    const path = await shareImagePath(request, slug);
    const started = Date.now();
    const res = await request.get(path);
    const ms = Date.now() - started;
    expect(res.status()).toBe(200);
    expect(res.headers()["content-type"]).toBe("image/png");
    expect(pngSize(await res.body())).toEqual({ width: 1200, height: 630 });
    const cacheControl = res.headers()["cache-control"] ?? "";
    expect(cacheControl).toMatch(/\bpublic\b/);
    expect(cacheControl).toMatch(/\bs-maxage=\d{6,}\b/); // days, not minutes
    expect(cacheControl).toMatch(/\bstale-while-revalidate=\d+/);
    console.log(`[share-images] ${slug}: ${(await res.body()).length} bytes in ${ms} ms; Cache-Control: ${cacheControl}`);
  });
}

test("an unknown or malformed game has no share image: 404 JSON, never a 500", async ({ request }) => {
  const path = await shareImagePath(request, PRERENDERED);
  for (const slug of ["no-such-game-anywhere-zq", "UPPER-CASE", "a".repeat(300), "%E2%80%AE", "..%2F..%2Fetc", "x%00y"]) {
    const res = await request.get(path.replace(PRERENDERED, slug));
    expect(res.status(), slug).toBeLessThan(500);
    if (res.status() === 404 && res.headers()["content-type"]?.includes("json")) {
      expect((await res.json()).error.code).toBe("not_found");
    }
  }
  const unknown = await request.get(path.replace(PRERENDERED, "no-such-game-anywhere-zq"));
  expect(unknown.status()).toBe(404);
  expect((await unknown.json()).error).toMatchObject({ code: "not_found" });
});

test("a game an admin hid has no share image", async ({ request, baseURL }) => {
  const path = await shareImagePath(request, OBSCURE);
  const email = await signUp(request, "share-image-admin");
  await makeAdmin(email);
  await signInOverHttp(request, email);
  const list = await request.get(`/api/admin/catalog/games?q=${OBSCURE}`);
  const game = ((await list.json()) as { games: Array<{ id: number; slug: string }> }).games.find((g) => g.slug === OBSCURE);
  expect(game, OBSCURE).toBeTruthy();
  const curate = (hidden: boolean) =>
    request.patch(`/api/admin/catalog/games/${game!.id}`, { data: { hidden }, headers: { origin: baseURL! } });
  expect((await curate(true)).status()).toBe(200);
  try {
    const res = await request.get(path);
    expect(res.status()).toBe(404);
    expect((await res.json()).error.code).toBe("not_found");
  } finally {
    expect((await curate(false)).status()).toBe(200);
  }
  expect((await request.get(path)).status()).toBe(200);
});
