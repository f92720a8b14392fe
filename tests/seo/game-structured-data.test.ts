// The game pages' JSON-LD, built for real catalog games and checked against schema.org's vocabulary as
// schema-dts ships it (its schema.d.ts is generated from schema.org: every type, its parents and properties).
import { readFileSync } from "node:fs";
import path from "node:path";

import type { Thing } from "schema-dts";
import { describe, expect, it, vi } from "vitest";

import { getCatalogDb } from "@/lib/catalog/db";
import { getGameById } from "@/lib/catalog/get-game";
import { listPopularGameSlugs } from "@/lib/catalog/list-games";
import type { GameDetail } from "@/lib/catalog/schemas";
import { buildGameStructuredData, serializeJsonLd } from "@/lib/seo/game-structured-data";
import { readStructuredDataOffer } from "@/lib/seo/read-structured-data-offer";
import type { Offer } from "@/lib/store/pricing/offer";

import { withEnv } from "../support/with-env";

const getOffers = vi.hoisted(() => vi.fn());
vi.mock("@/lib/store/pricing/get-offers", () => ({ getOffers }));

const ORIGIN = "https://questlog.example";

/** schema.org type name → every property it may carry (its own and its ancestors'), read from schema-dts. */
function readVocabulary(): (type: string) => Set<string> {
  const source = readFileSync(path.resolve("node_modules/schema-dts/dist/schema.d.ts"), "utf8");
  const bases = new Map<string, { parents: string[]; properties: string[] }>();
  for (const m of source.matchAll(/^interface (\w+Base) extends ([^{]+)\{\n([\s\S]*?)^\}/gm)) {
    const parents = m[2]!
      .split(",")
      .map((p) => p.trim())
      .filter((p) => /^\w+Base$/.test(p));
    bases.set(m[1]!, { parents, properties: [...m[3]!.matchAll(/^ {4}"([\w-]+)"\?:/gm)].map((p) => p[1]!) });
  }
  const leafBase = new Map<string, string>();
  for (const m of source.matchAll(/^export interface \w+Leaf extends (\w+Base) \{\n\s+"@type": "(\w+)";/gm)) leafBase.set(m[2]!, m[1]!);
  const propertiesOf = (base: string): string[] => {
    const entry = bases.get(base);
    return entry ? [...entry.properties, ...entry.parents.flatMap(propertiesOf)] : [];
  };
  return (type) => {
    const base = leafBase.get(type);
    if (!base) throw new Error(`${type} is not a schema.org type`);
    return new Set(propertiesOf(base));
  };
}
const propertiesOf = readVocabulary();

/** Every node of the JSON-LD has a schema.org @type and only that type's properties, recursively. */
function expectSchemaOrgNode(node: unknown, where: string): void {
  expect(node, where).toBeTypeOf("object");
  const { "@type": type, "@id": id, ...properties } = node as Record<string, unknown>;
  expect(type, `${where} @type`).toBeTypeOf("string");
  if (id !== undefined) expect(id, `${where} @id`).toMatch(/^https:\/\//);
  const allowed = propertiesOf(type as string);
  for (const [name, value] of Object.entries(properties)) {
    expect(allowed.has(name), `${where}: ${type} has no property "${name}"`).toBe(true);
    for (const item of Array.isArray(value) ? value : [value]) {
      if (item !== null && typeof item === "object") expectSchemaOrgNode(item, `${where}.${name}`);
    }
  }
}

const gameOf = (slug: string) => getGameById(getCatalogDb().prepare("SELECT id FROM games WHERE slug = ?").pluck().get(slug) as number)!;
const nodes = (game: GameDetail, offer: Offer | null = null) => {
  const data = buildGameStructuredData(game, { origin: ORIGIN, offer });
  const parsed = JSON.parse(serializeJsonLd(data)) as { "@context": string; "@graph": Array<Thing & Record<string, unknown>> };
  expect(parsed).toEqual(data);
  const [videoGame, breadcrumbs] = parsed["@graph"];
  return { parsed, videoGame: videoGame as Record<string, unknown>, breadcrumbs: breadcrumbs as Record<string, unknown> };
};

const saleOffer: Offer = {
  currency: "USD",
  price: "14.99",
  regular_price: "29.99",
  discount_percent: 50,
  sale_ends_at: "2026-12-24T18:00:00.000Z",
  lowest_price_30d: "29.99",
};

describe("the schema.org check", () => {
  it("refuses a property the type does not have, and a type schema.org does not define", () => {
    expect(propertiesOf("VideoGame").has("gamePlatform")).toBe(true);
    expect(propertiesOf("VideoGame").has("name")).toBe(true); // from Thing, three parents up
    expect(() => expectSchemaOrgNode({ "@type": "VideoGame", name: "x", price: "1.00" }, "bad")).toThrow(/no property "price"/);
    expect(() => expectSchemaOrgNode({ "@type": "Videogame", name: "x" }, "bad")).toThrow(/not a schema.org type/);
  });
});

describe("buildGameStructuredData", () => {
  it("describes the 200 most popular catalog games with schema.org types and properties only", () => {
    const slugs = listPopularGameSlugs(200);
    expect(slugs).toHaveLength(200);
    for (const slug of slugs) {
      const game = gameOf(slug);
      const { parsed, videoGame, breadcrumbs } = nodes(game, saleOffer);
      expect(parsed["@context"]).toBe("https://schema.org");
      for (const node of parsed["@graph"]) expectSchemaOrgNode(node, slug);
      expect(videoGame).toMatchObject({
        "@type": "VideoGame",
        name: game.name,
        url: `${ORIGIN}/games/${slug}`,
        gamePlatform: game.platforms.map((p) => p.name),
      });
      expect((videoGame.gamePlatform as string[]).length).toBeGreaterThan(0);
      if (game.release_date) expect(videoGame.datePublished).toMatch(/^\d{4}(-\d\d){0,2}$/);
      expect(videoGame.publisher ?? []).toEqual(game.publishers.map((name) => ({ "@type": "Organization", name })));
      expect(breadcrumbs["@type"]).toBe("BreadcrumbList");
      const crumbs = breadcrumbs.itemListElement as Array<Record<string, unknown>>;
      expect(crumbs.map((c) => c.position)).toEqual([1, 2, 3]);
      expect(crumbs.map((c) => c.item)).toEqual([
        `${ORIGIN}/`,
        `${ORIGIN}/platforms/${game.platforms[0]!.slug}`,
        `${ORIGIN}/games/${slug}`,
      ]);
      for (const crumb of crumbs) expect(crumb).toMatchObject({ "@type": "ListItem", name: expect.any(String) });
    }
  });

  it("carries the store's offer, valid until the sale ends, and none when the game is not for sale", () => {
    const game = gameOf(listPopularGameSlugs(1)[0]!);
    expect(nodes(game, saleOffer).videoGame.offers).toEqual({
      "@type": "Offer",
      url: `${ORIGIN}/games/${game.slug}`,
      price: "14.99",
      priceCurrency: "USD",
      availability: "https://schema.org/InStock",
      priceValidUntil: "2026-12-24",
    });
    const regular = nodes(game, { ...saleOffer, price: "29.99", discount_percent: 0, sale_ends_at: null }).videoGame.offers;
    expect(regular).toMatchObject({ price: "29.99", priceCurrency: "USD" });
    expect(regular).not.toHaveProperty("priceValidUntil");
    expect(nodes(game, null).videoGame).not.toHaveProperty("offers");
  });

  it("keeps a title from closing the script element", () => {
    const game = { ...gameOf(listPopularGameSlugs(1)[0]!), name: "</script><script>alert(1)</script>" };
    const json = serializeJsonLd(buildGameStructuredData(game, { origin: ORIGIN, offer: null }));
    expect(json).not.toContain("<");
    expect((JSON.parse(json) as { "@graph": Array<{ name: string }> })["@graph"][0]!.name).toBe(game.name);
  });
});

describe("readStructuredDataOffer", () => {
  it("asks the store in its default currency at run time, and never during `next build`", async () => {
    getOffers.mockResolvedValue(new Map([[42, saleOffer]]));
    expect(await readStructuredDataOffer(42)).toEqual(saleOffer);
    expect(getOffers).toHaveBeenLastCalledWith([42], "USD");
    getOffers.mockClear();
    await withEnv({ NEXT_PHASE: "phase-production-build" }, async () => {
      expect(await readStructuredDataOffer(42)).toBeNull();
    });
    expect(getOffers).not.toHaveBeenCalled();
  });

  it("costs the offer, not the page, when the database fails", async () => {
    getOffers.mockRejectedValue(new Error("connection refused"));
    expect(await readStructuredDataOffer(42)).toBeNull();
  });
});
