// The stand-in over the whole CC0 catalog: ids shared with the catalog, search behaving like IGDB's,
// counts agreeing with SQLite, and the queries our IGDB client sends.
import Database from "better-sqlite3";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import type { IgdbStandin } from "@/standins/igdb";

import { api, mintToken, realCatalogPath, startTestStandin, type Rec } from "./standin-fixtures";

let standin: IgdbStandin;
let token: string;
let db: Database.Database;

beforeAll(async () => {
  standin = await startTestStandin(realCatalogPath());
  token = await mintToken(standin);
  db = new Database(realCatalogPath(), { readonly: true });
});
afterAll(async () => {
  await standin.close();
  db.close();
});

async function rows(endpoint: string, body: string): Promise<Rec[]> {
  const res = await api<Rec[]>(standin, token, endpoint, body);
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  return res.body;
}

const sql = <T>(query: string, ...params: unknown[]) =>
  db
    .prepare(query)
    .pluck()
    .get(...params) as T;

describe("the real catalog", () => {
  it("serves every game under its catalog id", async () => {
    const health = await fetch(`${standin.url}/__standin/health`).then((r) => r.json() as Promise<{ games: number }>);
    expect(health.games).toBe(sql<number>("SELECT count(*) FROM games"));
    expect(health.games).toBeGreaterThan(70_000);
    const id = sql<number>("SELECT id FROM games WHERE slug = 'tetris'");
    expect(await rows("games", 'fields name, slug; where slug = "tetris";')).toEqual([{ id, name: "Tetris", slug: "tetris" }]);
  });

  it("finds Tetris first for 'tetris', then other exact names by popularity, then prefixes", async () => {
    const hits = await rows("games", 'search "tetris"; fields name, slug; limit 50;');
    expect(hits[0]).toMatchObject({ name: "Tetris", slug: "tetris" });
    const tiers = hits.map((h) => {
      const name = String(h.name).toLowerCase();
      return name === "tetris" ? 0 : name.startsWith("tetris") ? 1 : 2;
    });
    expect(tiers).toEqual([...tiers].sort((a, b) => a - b));
    const exact = hits.filter((h) => String(h.name).toLowerCase() === "tetris").map((h) => h.id);
    expect(exact.length).toBeGreaterThan(1);
    const popularity = exact.map((id) => sql<number>("SELECT popularity FROM games WHERE id = ?", id));
    expect(popularity).toEqual([...popularity].sort((a, b) => b - a));
  });

  it("does not fold accents: 'pokemon' matches only plain spellings in names or alternative titles", async () => {
    const plain = await rows("games", 'search "pokemon"; fields name, alternative_names.name; limit 500;');
    expect(plain.length).toBeGreaterThan(0);
    for (const game of plain) {
      const names = [game.name, ...((game.alternative_names as Rec[] | undefined) ?? []).map((a) => a.name)] as string[];
      expect(
        names.some((n) => n.toLowerCase().includes("pokemon")),
        names.join(" | "),
      ).toBe(true);
    }
    const redId = sql<number>("SELECT id FROM games WHERE name = 'Pokémon: Red Version'");
    const redHasPlainAlt = sql<number>(
      "SELECT count(*) FROM alternative_titles WHERE game_id = ? AND lower(title) LIKE '%pokemon%'",
      redId,
    );
    expect(plain.some((g) => g.id === redId)).toBe(redHasPlainAlt > 0);
    const accented = await rows("games", 'search "pokémon red"; fields name; limit 10;');
    expect(accented.map((g) => g.id)).toContain(redId);
  });

  it("agrees with SQLite on counts: x-count, /count and dotted paths", async () => {
    const snes = sql<number>("SELECT id FROM platforms WHERE slug = 'super-nintendo'");
    const expected = sql<number>("SELECT count(DISTINCT game_id) FROM releases WHERE platform_id = ?", snes);
    const page = await api<Rec[]>(standin, token, "games", `fields name; where platforms = (${snes}); limit 5;`);
    expect(page.headers.get("x-count")).toBe(String(expected));
    expect(page.body).toHaveLength(5);
    expect((await api(standin, token, "games/count", `where platforms = (${snes});`)).body).toEqual({ count: expected });
    expect((await api(standin, token, "games/count", 'where platforms.slug = "super-nintendo";')).body).toEqual({ count: expected });
    const releases = sql<number>("SELECT count(*) FROM releases WHERE platform_id = ?", snes);
    expect((await api(standin, token, "release_dates/count", `where platform = ${snes};`)).body).toEqual({ count: releases });
  });

  it("answers the queries our IGDB client sends", async () => {
    const fields =
      "name,slug,summary,first_release_date,total_rating,cover.image_id,platforms.name,platforms.slug," +
      "release_dates.date,release_dates.release_region,release_dates.date_format,involved_companies.publisher," +
      "involved_companies.company.name,alternative_names.name,game_type,version_parent,updated_at,checksum";
    const hits = await rows("games", `fields ${fields}; search "zelda"; where version_parent = null; limit 20;`);
    expect(hits.length).toBe(20);
    expect(hits.every((g) => String(g.name).toLowerCase().includes("zelda") || g.alternative_names)).toBe(true);
    const link = hits.find((g) => g.slug === "the-legend-of-zelda-a-link-to-the-past");
    expect(link?.platforms).toEqual(expect.arrayContaining([expect.objectContaining({ name: "Super Nintendo" })]));

    const popular = await rows(
      "popularity_primitives",
      "fields game_id, value, popularity_type; where popularity_type = 1; sort value desc; limit 3;",
    );
    const top = db.prepare("SELECT id FROM games ORDER BY popularity DESC, id LIMIT 3").pluck().all();
    expect(popular.map((p) => p.game_id)).toEqual(top);

    const multi = await api<Array<Record<string, unknown>>>(
      standin,
      token,
      "multiquery",
      'query games "hits" { fields name; search "mario"; limit 3; }; query games/count "total" { search "mario"; };',
    );
    expect(multi.status).toBe(200);
    expect(multi.body.map((e) => e.name)).toEqual(["hits", "total"]);
    expect(multi.body[0]!.result).toHaveLength(3);
    expect(multi.body[1]!.count).toBeGreaterThan(3);
  });
});

describe("request errors", () => {
  it.each([
    ["games", "fields name; limit 501;", 400, "Invalid Limit"],
    ["gamez", "fields name;", 404, "Not found"],
    ["games/extra", "fields name;", 404, "Not found"],
    ["games", "fields name where id = 1;", 400, "Syntax Error"],
    ["games", "where nope = 1;", 400, "Invalid Field"],
    ["multiquery", Array.from({ length: 11 }, (_, i) => `query games "q${i}" { fields name; };`).join(""), 400, "Invalid Multiquery"],
    ["multiquery", 'query games "bad" { where nope = 1; };', 400, "Invalid Field"],
  ])("POST /v4/%s %j → %i %s", async (endpoint, body, status, title) => {
    const res = await api<Array<{ title: string; status: number; cause: string }>>(standin, token, endpoint, body);
    expect(res.status).toBe(status);
    expect(res.body).toEqual([{ title, status, cause: expect.any(String) }]);
    expect(res.body[0]!.cause.length).toBeGreaterThan(5);
  });
});
