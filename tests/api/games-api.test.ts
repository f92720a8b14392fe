// The search and game route handlers over the real imported catalog file (DATA_DIR from global-setup).
import { NextRequest } from "next/server";
import { describe, expect, it } from "vitest";

import { GET as getGame } from "@/app/api/games/[id]/route";
import { GET as search } from "@/app/api/games/search/route";

// Response bodies are asserted field by field below; typing them would only restate the assertions.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = Record<string, any>;

async function call(query: string) {
  const res = await search(new NextRequest(`http://localhost/api/games/search?${query}`), undefined);
  return { status: res.status, body: (await res.json()) as Json };
}

async function game(id: string) {
  const res = await getGame(new NextRequest(`http://localhost/api/games/${id}`), { params: Promise.resolve({ id }) });
  return { status: res.status, body: (await res.json()) as Json };
}

describe("GET /api/games/search", () => {
  it("answers the seed's contract", async () => {
    const { status, body } = await call("q=zelda%20link%20to%20the%20past");
    expect(status).toBe(200);
    expect(body.meta).toMatchObject({ source: "database", freshness: "fresh", limit: 20, offset: 0 });
    expect(body.meta.total).toBeGreaterThan(0);
    expect(typeof body.meta.query_time_ms).toBe("number");
    const first = body.results[0];
    expect(Object.keys(first)).toEqual(
      expect.arrayContaining(["id", "name", "slug", "cover_url", "release_date", "rating", "summary", "platforms"]),
    );
    const snes = body.results.slice(0, 3).find((g: Json) => g.slug === "the-legend-of-zelda-a-link-to-the-past");
    expect(snes).toBeDefined();
    expect(snes.platforms).toEqual(expect.arrayContaining([expect.objectContaining({ name: "Super Nintendo" })]));
  });

  it("returns 200 with an empty list when nothing matches", async () => {
    const { status, body } = await call("q=qqqqxxxxzzzzjjjj");
    expect(status).toBe(200);
    expect(body.results).toEqual([]);
    expect(body.meta.total).toBe(0);
  });

  it("filters by platform and year, and pages with limit and offset", async () => {
    const { body } = await call("q=mega%20man&platform=game-boy&limit=5");
    expect(body.results.length).toBeGreaterThan(0);
    for (const g of body.results) expect(g.platforms.map((p: { slug: string }) => p.slug)).toContain("game-boy");
    const page2 = await call("q=mega%20man&platform=game-boy&limit=5&offset=5");
    expect(page2.body.results.map((g: { id: number }) => g.id)).not.toContain(body.results[0].id);
    const year = await call("q=tetris&year=1989");
    expect(year.body.results.length).toBeGreaterThan(0);
  });

  it.each([
    ["q missing", "", "q"],
    ["q empty", "q=%20%20", "q"],
    ["q too long", `q=${"a".repeat(101)}`, "q"],
    ["limit too large", "q=zelda&limit=500", "limit"],
    ["limit not a number", "q=zelda&limit=ten", "limit"],
    ["negative offset", "q=zelda&offset=-1", "offset"],
    ["unknown sort", "q=zelda&sort=hype", "sort"],
    ["year out of range", "q=zelda&year=3", "year"],
    ["malformed platform", "q=zelda&platform=Game%20Boy!", "platform"],
  ])("rejects %s with a 400 JSON error", async (_name, query, field) => {
    const { status, body } = await call(query);
    expect(status).toBe(400);
    expect(body.error.code).toBe("invalid_parameters");
    expect(body.error.message).toContain(field);
    expect(body.error.details.issues[0].path).toBe(field);
  });

  it("rejects an unknown platform with a 400 that names it", async () => {
    const { status, body } = await call("q=zelda&platform=no-such-machine");
    expect(status).toBe(400);
    expect(body.error).toMatchObject({ code: "unknown_platform", details: { platform: "no-such-machine" } });
  });

  it.each([
    '"',
    "*",
    "NEAR(",
    "-",
    ":",
    '"zelda',
    "zelda*",
    "NEAR(zelda, link)",
    "a:b",
    "-mario",
    "(((",
    "AND OR NOT",
    "\\",
    "%",
    "'; DROP TABLE games; --",
    "🎮",
    "ｚｅｌｄａ",
  ])("never fails on %j", async (q) => {
    const { status, body } = await call(`q=${encodeURIComponent(q)}`);
    expect(status).toBe(200);
    expect(Array.isArray(body.results)).toBe(true);
  });
});

describe("GET /api/games/{id}", () => {
  it("returns the full game with its releases", async () => {
    const { body: found } = await call("q=pokemon%20red");
    const red = found.results.find((g: { slug: string }) => g.slug === "pokemon-red-version");
    expect(red).toBeDefined();
    const { status, body } = await game(String(red.id));
    expect(status).toBe(200);
    expect(body.name).toBe("Pokémon: Red Version");
    expect(body.alternative_titles).toContain("Pocket Monsters Aka");
    expect(body.releases.length).toBeGreaterThanOrEqual(6);
    expect(body.releases[0]).toMatchObject({ platform: { name: "Game Boy" } });
    expect(body.releases.flatMap((r: { regions: string[] }) => r.regions)).toEqual(expect.arrayContaining(["Japan", "France"]));
  });

  it("answers 404 for an unknown id and 400 for a malformed one", async () => {
    expect((await game("99999999")).status).toBe(404);
    const bad = await game("zelda");
    expect(bad.status).toBe(400);
    expect(bad.body.error.code).toBe("invalid_parameters");
  });
});
