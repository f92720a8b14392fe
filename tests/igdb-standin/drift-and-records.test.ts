// Legacy (pre-2025) shapes, and records injected or deleted through the control API.
import { afterAll, beforeEach, describe, expect, it } from "vitest";

import type { IgdbStandin } from "@/standins/igdb";

import { api, control, createTinyCatalog, mintToken, startTestStandin, type Rec } from "./standin-fixtures";

const tiny = createTinyCatalog();
let standin: IgdbStandin | undefined;
let token: string;

beforeEach(async () => {
  await standin?.close();
  standin = await startTestStandin(tiny.file);
  token = await mintToken(standin);
});
afterAll(async () => {
  await standin?.close();
  tiny.cleanup();
});

async function rows(endpoint: string, body: string): Promise<Rec[]> {
  const res = await api<Rec[]>(standin!, token, endpoint, body);
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  return res.body;
}

describe("drift: legacy shapes", () => {
  it("serves category/region enums instead of game_type, date_format, release_region and platform_type", async () => {
    const current = await rows("release_dates", "fields *; exclude checksum, created_at, updated_at; where id = 2;");
    expect(current[0]).toMatchObject({ date_format: 1, release_region: 5 });
    expect(current[0]).not.toHaveProperty("category");

    await control(standin!, "POST", "config", { drift: "legacy" });
    const [release] = await rows("release_dates", "fields *; exclude checksum, created_at, updated_at; where id = 2;");
    expect(release).toEqual({
      id: 2,
      category: 1,
      date: Date.UTC(1988, 11, 1) / 1000,
      game: 1,
      human: "Dec 1988",
      m: 12,
      platform: 2,
      region: 5,
      y: 1988,
    });
    const [game] = await rows("games", "fields name, category, game_type, platforms.category, platforms.platform_type; where id = 1;");
    expect(game).toEqual({
      id: 1,
      category: 0,
      name: "Tetris",
      platforms: [
        { id: 1, category: 1 },
        { id: 2, category: 1 },
      ],
    });
    expect((await rows("release_dates", "where region = 5 & category = 1;")).map((r) => r.id)).toEqual([2]);
  });

  it("refuses the other generation's field names in where", async () => {
    await control(standin!, "POST", "config", { drift: "legacy" });
    expect((await api(standin!, token, "games", "where game_type = 0;")).status).toBe(400);
    await control(standin!, "POST", "config", { drift: "current" });
    expect((await api(standin!, token, "games", "where category = 0;")).status).toBe(400);
    expect((await api(standin!, token, "games", "where game_type = 0;")).status).toBe(200);
  });

  it("can start in legacy mode", async () => {
    const legacy = await startTestStandin(tiny.file, { drift: "legacy" });
    try {
      const res = await api<Rec[]>(legacy, await mintToken(legacy), "platforms", "fields *; where id = 3;");
      expect(res.body[0]).toMatchObject({ category: 1, slug: "snes" });
      expect(res.body[0]).not.toHaveProperty("platform_type");
    } finally {
      await legacy.close();
    }
  });
});

describe("records: upsert and delete", () => {
  it("adds a game that search, where, /count and the search endpoint all see", async () => {
    const before = Math.floor(Date.now() / 1000);
    const res = await control<{ upserted: number; ids: number[] }>(standin!, "POST", "records/games", [
      { id: 900001, name: "Tetris Effect", slug: "tetris-effect", platforms: [3], first_release_date: 1541116800, total_rating: 88.5 },
    ]);
    expect(res).toMatchObject({ status: 200, body: { upserted: 1, ids: [900001] } });
    const found = await api<Rec[]>(standin!, token, "games", 'search "tetris"; fields name, updated_at;');
    expect(found.body.map((r) => r.id)).toEqual([1, 2, 900001, 3]);
    expect(found.headers.get("x-count")).toBe("4");
    expect(found.body[2]!.updated_at).toBeGreaterThanOrEqual(before);
    expect((await api(standin!, token, "games/count", "where platforms = 3;")).body).toEqual({ count: 2 });
    expect(await rows("search", 'search "effect"; fields game, name, published_at;')).toEqual([
      { id: 900001, game: 900001, name: "Tetris Effect", published_at: 1541116800 },
    ]);
  });

  it("merges into an existing record, refreshing updated_at and checksum; null removes a field", async () => {
    const [old] = await rows("games", "fields name, summary, checksum, updated_at, platforms; where id = 2;");
    await new Promise((r) => setTimeout(r, 1000));
    await control(standin!, "POST", "records/games", [{ id: 2, summary: "Falling blocks, again.", platforms: null }]);
    const [updated] = await rows("games", "fields name, summary, checksum, updated_at, platforms; where id = 2;");
    expect(updated).toMatchObject({ id: 2, name: "Tetris 2", summary: "Falling blocks, again." });
    expect(updated).not.toHaveProperty("platforms");
    expect(updated!.checksum).not.toBe(old!.checksum);
    expect(updated!.updated_at).toBeGreaterThan(old!.updated_at as number);
    expect((await rows("games", 'where summary ~ *"again"*;')).map((r) => r.id)).toEqual([2]);
  });

  it("links injected covers and alternative names to their game", async () => {
    await control(standin!, "POST", "records/covers", [{ id: 77, game: 1, image_id: "co1abc", width: 264, height: 374 }]);
    await control(standin!, "POST", "records/alternative_names", [{ id: 50, game: 1, name: "Tetoris", comment: "Japanese title" }]);
    const [tetris] = await rows("games", "fields cover.image_id, alternative_names.name; where id = 1;");
    expect(tetris).toEqual({ id: 1, alternative_names: [{ id: 50, name: "Tetoris" }], cover: { id: 77, image_id: "co1abc" } });
    expect((await rows("games", 'search "tetoris";')).map((r) => r.id)).toEqual([1]);
  });

  it("deletes records; the game leaves search and its children are unlinked", async () => {
    expect((await control(standin!, "DELETE", "records/alternative_names/2")).status).toBe(200);
    expect((await rows("games", 'search "pokemon";')).map((r) => r.id)).toEqual([]);
    expect((await rows("games", "fields alternative_names; where id = 4;"))[0]!.alternative_names).toEqual([1]);

    expect((await control(standin!, "DELETE", "records/games/1")).body).toEqual({ deleted: true });
    expect((await rows("games", 'search "tetris";')).map((r) => r.id)).toEqual([2, 3]);
    expect((await api(standin!, token, "games/count", "")).body).toEqual({ count: 7 });
    expect(await rows("search", "where id = 1;")).toEqual([]);
    expect((await control(standin!, "DELETE", "records/games/1")).status).toBe(404);
  });

  it("validates posted records against the served schema", async () => {
    for (const body of [[{ id: 1, bogus: 1 }], [{ id: 1, name: 5 }], [{ name: "no id" }], [{ id: 1, platforms: 3 }], { id: 1 }]) {
      const res = await control<{ error: string }>(standin!, "POST", "records/games", body);
      expect(res.status, JSON.stringify(body)).toBe(400);
      expect(res.body.error.length).toBeGreaterThan(0);
    }
    expect((await control(standin!, "POST", "records/nonsense", [{ id: 1 }])).status).toBe(404);
  });

  it("takes legacy names in legacy mode and stores them as the current fields", async () => {
    await control(standin!, "POST", "config", { drift: "legacy" });
    await control(standin!, "POST", "records/games", [{ id: 3, category: 8 }]);
    await control(standin!, "POST", "config", { drift: "current" });
    expect(await rows("games", "fields game_type; where id = 3;")).toEqual([{ id: 3, game_type: 8 }]);
  });
});

describe("health and config", () => {
  it("reports the number of games and rejects unknown config keys", async () => {
    expect((await control(standin!, "GET", "health")).body).toMatchObject({ ok: true, games: 8 });
    expect((await control(standin!, "POST", "config", { latency: 5 })).status).toBe(400);
    expect((await control(standin!, "POST", "config", { drift: "future" })).status).toBe(400);
  });
});
