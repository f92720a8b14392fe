// fields/exclude shaping, sort and paging over HTTP against the tiny catalog.
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import type { IgdbStandin } from "@/standins/igdb";

import { api, createTinyCatalog, mintToken, startTestStandin, type Rec } from "./standin-fixtures";

let standin: IgdbStandin;
let token: string;
let cleanup: () => void;

beforeAll(async () => {
  const tiny = createTinyCatalog();
  cleanup = tiny.cleanup;
  standin = await startTestStandin(tiny.file);
  token = await mintToken(standin);
});
afterAll(async () => {
  await standin.close();
  cleanup();
});

async function rows(endpoint: string, body: string): Promise<Rec[]> {
  const res = await api<Rec[]>(standin, token, endpoint, body);
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  return res.body;
}

describe("sort, limit, offset and x-count", () => {
  it("sorts with absent values last in both directions, ties by id", async () => {
    const desc = await rows("games", "fields first_release_date; sort first_release_date desc;");
    expect(desc.map((r) => r.id)).toEqual([4, 5, 3, 2, 1, 7, 6, 8]);
    const asc = await rows("games", "fields first_release_date; sort first_release_date asc;");
    expect(asc.map((r) => r.id)).toEqual([6, 7, 1, 2, 3, 5, 4, 8]);
    expect(asc[7]).toEqual({ id: 8 });
  });

  it("pages with limit and offset; x-count is the total before paging", async () => {
    const res = await api<Rec[]>(standin, token, "games", "sort id; limit 3; offset 2;");
    expect(res.body.map((r) => r.id)).toEqual([3, 4, 5]);
    expect(res.headers.get("x-count")).toBe("8");
    const filtered = await api<Rec[]>(standin, token, "games", "where platforms = 2; limit 1;");
    expect(filtered.body.map((r) => r.id)).toEqual([1]);
    expect(filtered.headers.get("x-count")).toBe("4");
  });

  it("defaults to 10 records in id order", async () => {
    const res = await api<Rec[]>(standin, token, "release_dates", "");
    expect(res.body.map((r) => r.id)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(res.body[0]).toEqual({ id: 1 });
  });
});

describe("fields and exclude", () => {
  it("sends only id without a fields statement, and only the requested fields with one", async () => {
    expect(await rows("games", "where id = 6;")).toEqual([{ id: 6 }]);
    expect(await rows("games", "fields name, summary; where id = (6,7);")).toEqual([
      { id: 6, name: "The Legend of Zelda", summary: "Link explores Hyrule." },
      { id: 7, name: "Zelda II: The Adventure of Link" },
    ]);
  });

  it("`*` sends every field that has a value and never null or empty lists", async () => {
    const [zelda] = await rows("games", "fields *; where id = 6;");
    expect(Object.keys(zelda!).sort()).toEqual([
      "alternative_names",
      "checksum",
      "created_at",
      "first_release_date",
      "game_type",
      "id",
      "involved_companies",
      "name",
      "platforms",
      "release_dates",
      "slug",
      "summary",
      "total_rating",
      "updated_at",
      "url",
    ]);
    const [mystery] = await rows("games", "fields *; where id = 8;");
    expect(Object.keys(mystery!).sort()).toEqual(["checksum", "created_at", "game_type", "id", "name", "slug", "updated_at", "url"]);
    expect(Object.values(mystery!)).not.toContain(null);
  });

  it("expands references with id plus the requested subfields, recursively", async () => {
    const [red] = await rows(
      "games",
      "fields name, platforms.slug, involved_companies.company.name, involved_companies.publisher, game_type.type; where id = 4;",
    );
    expect(red).toEqual({
      id: 4,
      game_type: { id: 0, type: "main_game" },
      involved_companies: [
        { id: 4, company: { id: 1, name: "Nintendo" }, publisher: true },
        { id: 5, company: { id: 3, name: "Game Freak" }, publisher: false },
      ],
      name: "Pokémon: Red Version",
      platforms: [{ id: 1, slug: "game-boy" }],
    });
  });

  it("expands `x.*` to whole records and mixes with plain ids of other fields", async () => {
    const [tetris] = await rows("games", "fields platforms.*, release_dates; where id = 1;");
    expect(tetris!.release_dates).toEqual([1, 2]);
    const platforms = tetris!.platforms as Rec[];
    expect(platforms.map((p) => p.id)).toEqual([1, 2]);
    expect(platforms[1]).toMatchObject({ id: 2, name: "Nintendo Entertainment System", slug: "nes", platform_type: 1 });
    expect(platforms[1]!.checksum).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
  });

  it("ignores unknown names in fields, as IGDB does", async () => {
    expect(await rows("games", "fields name, bogus, category, platforms.bogus; where id = 2;")).toEqual([
      { id: 2, name: "Tetris 2", platforms: [{ id: 2 }] },
    ]);
  });

  it("exclude removes fields, also inside expansions", async () => {
    const [zelda] = await rows("games", "fields *; exclude summary, url, checksum, platforms; where id = 6;");
    expect(zelda).not.toHaveProperty("summary");
    expect(zelda).not.toHaveProperty("url");
    expect(zelda).not.toHaveProperty("platforms");
    expect(zelda).toHaveProperty("name", "The Legend of Zelda");
    const [nested] = await rows("games", "fields platforms.*; exclude platforms.checksum, platforms.url; where id = 6;");
    expect(Object.keys((nested!.platforms as Rec[])[0]!).sort()).toEqual([
      "created_at",
      "id",
      "name",
      "platform_type",
      "slug",
      "updated_at",
    ]);
  });
});
