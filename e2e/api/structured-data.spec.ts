// The game pages' JSON-LD as crawlers get it: in the HTML of a prerendered page, and with the store's offer on a
// page rendered by the server (prerendered pages are built without one: lib/seo/read-structured-data-offer.ts).
import { readFileSync } from "node:fs";
import path from "node:path";

import { expect, test, type APIRequestContext } from "@playwright/test";

interface JsonLdNode {
  "@type": string;
  [property: string]: unknown;
}

async function jsonLdOf(request: APIRequestContext, slug: string): Promise<{ videoGame: JsonLdNode; breadcrumbs: JsonLdNode }> {
  const res = await request.get(`/games/${slug}`);
  expect(res.status()).toBe(200);
  const scripts = [...(await res.text()).matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)];
  expect(scripts).toHaveLength(1);
  const data = JSON.parse(scripts[0]![1]!) as { "@context": string; "@graph": JsonLdNode[] };
  expect(data["@context"]).toBe("https://schema.org");
  const videoGame = data["@graph"].find((node) => node["@type"] === "VideoGame");
  const breadcrumbs = data["@graph"].find((node) => node["@type"] === "BreadcrumbList");
  expect(videoGame).toBeTruthy();
  expect(breadcrumbs).toBeTruthy();
  return { videoGame: videoGame!, breadcrumbs: breadcrumbs! };
}

test("a prerendered game page carries its VideoGame and breadcrumbs", async ({ request, baseURL }) => {
  const { videoGame, breadcrumbs } = await jsonLdOf(request, "the-legend-of-zelda-a-link-to-the-past");
  expect(videoGame).toMatchObject({
    name: "The Legend of Zelda: A Link to the Past",
    url: `${baseURL}/games/the-legend-of-zelda-a-link-to-the-past`,
    datePublished: expect.stringMatching(/^1991/),
  });
  expect(videoGame.gamePlatform).toEqual(expect.arrayContaining([expect.stringMatching(/Super Nintendo|Super Famicom|SNES/)]));
  expect(videoGame.publisher).toEqual(expect.arrayContaining([{ "@type": "Organization", name: expect.stringMatching(/Nintendo/) }]));
  const crumbs = breadcrumbs.itemListElement as JsonLdNode[];
  expect(crumbs.map((c) => c.position)).toEqual([1, 2, 3]);
  expect(crumbs[0]).toMatchObject({ "@type": "ListItem", name: "Home", item: `${baseURL}/` });
  expect(crumbs[1]!.item).toMatch(new RegExp(`^${baseURL}/platforms/[^/]+$`));
  expect(crumbs[2]).toMatchObject({ name: videoGame.name, item: videoGame.url });
});

test("a game on sale, rendered by the server, offers its price in USD until the sale ends", async ({ request }) => {
  const manifest = JSON.parse(readFileSync(path.resolve(".next", "prerender-manifest.json"), "utf8")) as {
    routes: Record<string, unknown>;
  };
  const deals = (await (await request.get("/api/deals?sort=discount", { headers: { cookie: "questlog_currency=USD" } })).json()) as {
    results: Array<{ id: number; slug: string; offer: { price: string; currency: string; sale_ends_at: string } }>;
  };
  // Not one of the pages `next build` prerendered: those carry no offer until they regenerate.
  const deal = deals.results.find((game) => !(`/games/${game.slug}` in manifest.routes));
  expect(deal, "a deal on a page rendered on request").toBeTruthy();
  const offer = (
    (await (await request.get(`/api/offers?ids=${deal!.id}`, { headers: { cookie: "questlog_currency=USD" } })).json()) as {
      offers: Record<string, { price: string; currency: string; sale_ends_at: string | null }>;
    }
  ).offers[deal!.id]!;
  expect(offer.currency).toBe("USD");
  const { videoGame } = await jsonLdOf(request, deal!.slug);
  expect(videoGame.offers).toEqual({
    "@type": "Offer",
    url: videoGame.url,
    price: offer.price,
    priceCurrency: "USD",
    availability: "https://schema.org/InStock",
    priceValidUntil: offer.sale_ends_at!.slice(0, 10),
  });
});
