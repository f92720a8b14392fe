// The IGDB record shapes built from the catalog, and `search`, over the tiny catalog.
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import type { IgdbStandin } from "@/standins/igdb";

import { api, control, createTinyCatalog, mintToken, startTestStandin, TINY_IMPORTED_AT, type Rec } from "./standin-fixtures";

let standin: IgdbStandin;
let token: string;
let dataPath: string;
let cleanup: () => void;

beforeAll(async () => {
  const tiny = createTinyCatalog();
  ({ cleanup, file: dataPath } = tiny);
  standin = await startTestStandin(dataPath);
  token = await mintToken(standin);
});
afterAll(async () => {
  await standin.close();
  cleanup();
});

const unix = (y: number, m = 1, d = 1) => Date.UTC(y, m - 1, d) / 1000;
const STAMP = Date.parse(TINY_IMPORTED_AT) / 1000;
const UUID_RE = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

async function rows(endpoint: string, body: string): Promise<Rec[]> {
  const res = await api<Rec[]>(standin, token, endpoint, body);
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  return res.body;
}

describe("record shapes", () => {
  it("games carry catalog ids, IGDB urls, unix dates and id lists", async () => {
    const [tetris] = await rows("games", "fields *; exclude checksum; where id = 1;");
    expect(tetris).toEqual({
      id: 1,
      created_at: STAMP,
      first_release_date: unix(1989, 6, 14),
      game_type: 0,
      involved_companies: [1, 2],
      name: "Tetris",
      platforms: [1, 2],
      release_dates: [1, 2],
      slug: "tetris",
      updated_at: STAMP,
      url: "https://www.igdb.com/games/tetris",
    });
    const [zelda] = await rows("games", "fields total_rating, summary, first_release_date; where id = 7;");
    expect(zelda).toEqual({ id: 7, first_release_date: unix(1987) });
  });

  it("release_dates keep the catalog's precision, region and date format", async () => {
    const dates = await rows("release_dates", "fields *; exclude checksum, created_at, updated_at; where id = (1,2,3,4,7,9);");
    expect(dates).toEqual([
      { id: 1, date: unix(1989, 6, 14), date_format: 0, game: 1, human: "Jun 14, 1989", m: 6, platform: 1, release_region: 2, y: 1989 },
      { id: 2, date: unix(1988, 12), date_format: 1, game: 1, human: "Dec 1988", m: 12, platform: 2, release_region: 5, y: 1988 },
      { id: 3, date: unix(1993), date_format: 2, game: 2, human: "1993", platform: 2, release_region: 8, y: 1993 },
      { id: 4, date: unix(1994, 12), date_format: 1, game: 3, human: "Dec 1994", m: 12, platform: 3, release_region: 1, y: 1994 },
      { id: 7, date: unix(1996), date_format: 2, game: 5, human: "1996", platform: 1, release_region: 10, y: 1996 },
      { id: 9, date: unix(1987), date_format: 2, game: 7, human: "1987", platform: 2, release_region: 9, y: 1987 },
    ]);
  });

  it("involved_companies are distinct (game, company) pairs numbered in that order, with roles", async () => {
    const involved = await rows("involved_companies", "fields game, company, publisher, developer; limit 20;");
    expect(involved.map((r) => [r.id, r.game, r.company, r.publisher, r.developer])).toEqual([
      [1, 1, 1, true, false],
      [2, 1, 2, true, true],
      [3, 2, 1, true, false],
      [4, 4, 1, true, false],
      [5, 4, 3, false, true],
      [6, 5, 1, true, false],
      [7, 5, 3, false, true],
      [8, 6, 1, true, true],
      [9, 7, 1, true, true],
    ]);
  });

  it("alternative_names, popularity_primitives and search records derive from the game", async () => {
    expect(await rows("alternative_names", "fields game, name, comment; limit 10;")).toEqual([
      { id: 1, comment: "Alternative title", game: 4, name: "Pocket Monsters Aka" },
      { id: 2, comment: "Alternative title", game: 4, name: "Pokemon Red" },
      { id: 3, comment: "Alternative title", game: 5, name: "Pocket Monsters Ao" },
      { id: 4, comment: "Alternative title", game: 6, name: "Zelda no Densetsu" },
    ]);
    expect(await rows("popularity_primitives", "fields *; exclude checksum, created_at; where game_id = 6;")).toEqual([
      { id: 6, calculated_at: STAMP, game_id: 6, popularity_type: 1, updated_at: STAMP, value: 0.95 },
    ]);
    expect(await rows("search", "fields game, name, alternative_name, published_at; where id = (4,8);")).toEqual([
      { id: 4, alternative_name: "Pocket Monsters Aka", game: 4, name: "Pokémon: Red Version", published_at: unix(1996, 2, 27) },
      { id: 8, game: 8, name: "Mystery Game" },
    ]);
  });

  it("serves IGDB's fixed tables with their real ids", async () => {
    const genres = await rows("genres", "fields name, slug; limit 50;");
    expect(genres).toHaveLength(23);
    expect(genres.find((g) => g.id === 12)).toEqual({ id: 12, name: "Role-playing (RPG)", slug: "role-playing-rpg" });
    expect(await rows("game_types", "fields type; where id = (0,8);")).toEqual([
      { id: 0, type: "main_game" },
      { id: 8, type: "remake" },
    ]);
    expect(await rows("release_date_regions", "fields region; where id = 8;")).toEqual([{ id: 8, region: "worldwide" }]);
    expect(await rows("date_formats", "fields format; where id = 7;")).toEqual([{ id: 7, format: "TBD" }]);
    expect(await rows("platform_types", "fields name; where id = 1;")).toEqual([{ id: 1, name: "console" }]);
    expect(await rows("covers", "fields *;")).toEqual([]);
  });

  it("checksums are uuid-shaped, differ between records and are the same on every load", async () => {
    const first = await rows("games", "fields checksum; limit 8;");
    expect(first.every((r) => UUID_RE.test(String(r.checksum)))).toBe(true);
    expect(new Set(first.map((r) => r.checksum)).size).toBe(8);
    const again = await startTestStandin(dataPath);
    try {
      const res = await api<Rec[]>(again, await mintToken(again), "games", "fields checksum; limit 8;");
      expect(res.body).toEqual(first);
    } finally {
      await again.close();
    }
  });
});

describe("search", () => {
  async function searchIds(endpoint: string, body: string) {
    const res = await api<Rec[]>(standin, token, endpoint, body);
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    return { ids: res.body.map((r) => r.id), count: res.headers.get("x-count") };
  }

  it("ranks the exact name, then names starting with the query, then the rest", async () => {
    expect(await searchIds("games", 'search "tetris";')).toEqual({ ids: [1, 2, 3], count: "3" });
    expect((await searchIds("games", 'search "Zelda";')).ids).toEqual([7, 6]);
  });

  it("breaks ties by popularity", async () => {
    expect((await searchIds("games", 'search "pokémon";')).ids).toEqual([4, 5]);
  });

  it("does not fold accents: 'pokemon' finds only a game whose alternative name is spelled that way", async () => {
    expect((await searchIds("games", 'search "pokemon";')).ids).toEqual([4]);
    expect((await searchIds("games", 'search "POKEMON red";')).ids).toEqual([4]);
  });

  it("needs every word in the name or in one alternative name", async () => {
    expect((await searchIds("games", 'search "zelda legend";')).ids).toEqual([6]);
    expect((await searchIds("games", 'search "monsters red";')).ids).toEqual([]);
  });

  it("combines with where, and ignores sort", async () => {
    expect((await searchIds("games", 'search "tetris"; where platforms = 2;')).ids).toEqual([1, 2]);
    expect((await searchIds("games", 'search "tetris"; sort name desc;')).ids).toEqual([1, 2, 3]);
    expect(await searchIds("games", 'search "tetris"; limit 1; offset 1;')).toEqual({ ids: [2], count: "3" });
  });

  it("works on the search endpoint over name and alternative_name", async () => {
    const res = await api<Rec[]>(standin, token, "search", 'search "pocket"; fields game, name;');
    expect(res.body).toEqual([
      { id: 4, game: 4, name: "Pokémon: Red Version" },
      { id: 5, game: 5, name: "Pokémon: Blue Version" },
    ]);
  });

  it("is refused on endpoints without search, and counted in stats.searches", async () => {
    const before = (await control<{ searches: number }>(standin, "GET", "stats")).body.searches;
    const refused = await api(standin, token, "platforms", 'search "nes";');
    expect(refused.status).toBe(400);
    await api(standin, token, "games", 'search "tetris";');
    await api(standin, token, "games/count", 'search "tetris";');
    await api(standin, token, "games", "where id = 1;");
    expect((await control<{ searches: number }>(standin, "GET", "stats")).body.searches).toBe(before + 2);
  });
});
