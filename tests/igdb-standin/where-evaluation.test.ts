// `where` evaluation over HTTP against the tiny catalog, where every expected id is known by hand.
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

const unix = (y: number, m = 1, d = 1) => Date.UTC(y, m - 1, d) / 1000;

async function ids(endpoint: string, where: string): Promise<number[]> {
  const res = await api<Rec[]>(standin, token, endpoint, `where ${where}; sort id asc; limit 500;`);
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  return res.body.map((r) => r.id);
}

describe("where: comparison operators", () => {
  it.each([
    ["id = 3", [3]],
    ["id != 3", [1, 2, 4, 5, 6, 7, 8]],
    [`first_release_date > ${unix(1993)}`, [3, 4, 5]],
    [`first_release_date >= ${unix(1993)}`, [2, 3, 4, 5]],
    [`first_release_date < ${unix(1993)}`, [1, 6, 7]],
    [`first_release_date <= ${unix(1993)}`, [1, 2, 6, 7]],
    ["total_rating > 90.1", [6]],
    ['name = "Tetris"', [1]],
    ['name = "tetris"', []],
    ['name ~ "tetris"', [1]],
    ['name ~ "TETRIS"*', [1, 2]],
    ['name ~ *"tetris"*', [1, 2, 3]],
    ['name ~ *"of zelda"', [6]],
    ['name = "Tetris"*', [1, 2]],
    ['name = "tetris"*', []],
    ['name !~ *"tetris"*', [4, 5, 6, 7, 8]],
    ['name != "Tetris"', [2, 3, 4, 5, 6, 7, 8]],
    ['slug = "pokemon-red-version"', [4]],
  ])("games where %s", async (where, expected) => {
    expect(await ids("games", where)).toEqual(expected);
  });

  it("compares booleans", async () => {
    expect(await ids("involved_companies", "developer = true")).toEqual([2, 5, 7, 8, 9]);
    expect(await ids("involved_companies", "publisher = false")).toEqual([5, 7]);
  });
});

describe("where: array fields", () => {
  it.each([
    ["platforms = 2", [1, 2, 6, 7]],
    ["platforms = (1,3)", [1, 3, 4, 5]],
    ["platforms = [1,2]", [1]],
    ["platforms = {2}", [2, 6, 7]],
    ["platforms = {2,1}", [1]],
    ["platforms != (1,2)", [3]],
    ["platforms != 2", [3, 4, 5]],
    ["platforms != [1,2]", [2, 3, 4, 5, 6, 7]],
    ["platforms != {2}", [1, 3, 4, 5]],
    ["id = (7,1,99)", [1, 7]],
  ])("games where %s", async (where, expected) => {
    expect(await ids("games", where)).toEqual(expected);
  });
});

describe("where: null and absent fields", () => {
  it.each([
    ["summary = null", [1, 2, 3, 4, 5, 7, 8]],
    ["summary != null", [6]],
    ["first_release_date = null", [8]],
    ["platforms = null", [8]],
    ["first_release_date != 5", [1, 2, 3, 4, 5, 6, 7]],
    ["platforms != 3", [1, 2, 4, 5, 6, 7]],
    ["version_parent = null", [1, 2, 3, 4, 5, 6, 7, 8]],
    ["version_parent != null", []],
    ["cover = null & screenshots = null", [1, 2, 3, 4, 5, 6, 7, 8]],
  ])("games where %s (an absent field matches only = null)", async (where, expected) => {
    expect(await ids("games", where)).toEqual(expected);
  });
});

describe("where: dotted paths through references", () => {
  it.each([
    ['platforms.slug = "snes"', [3]],
    ['platforms.slug = ("snes","game-boy")', [1, 3, 4, 5]],
    ['platforms.slug != "nes"', [3, 4, 5]],
    ['involved_companies.company.name = "Game Freak"', [4, 5]],
    ['involved_companies.company.slug = "bullet-proof-software" & involved_companies.developer = true', [1]],
    ['alternative_names.name ~ *"pokemon"*', [4]],
    ["alternative_names.name = null", [1, 2, 3, 7, 8]],
    ["release_dates.release_region = 9", [7]],
  ])("games where %s", async (where, expected) => {
    expect(await ids("games", where)).toEqual(expected);
  });

  it("follows references from other endpoints too", async () => {
    expect(await ids("release_dates", 'game.slug = "tetris"')).toEqual([1, 2]);
    expect(await ids("involved_companies", 'company.name ~ "nintendo" & game.platforms = 1')).toEqual([1, 4, 6]);
  });
});

describe("where: precedence and grouping", () => {
  it.each([
    ["id = 1 | id = 2 & id = 3", [1]],
    ["(id = 1 | id = 2) & id = 2", [2]],
    ["id = 1 | id = 2 & platforms = 2", [1, 2]],
    ["(id = 1 | id = 3) & (platforms = 3 | platforms = 1)", [1, 3]],
    ['platforms = 2 & (name ~ *"zelda"* | name = "Tetris")', [1, 6, 7]],
  ])("games where %s", async (where, expected) => {
    expect(await ids("games", where)).toEqual(expected);
  });
});

describe("where and sort: field validation", () => {
  it.each([
    ["where foo = 1;", "'foo' is not a field of games"],
    ["where platforms.foo = 1;", "'platforms.foo' is not a field of games"],
    ["where name.length = 1;", "'name' on games is not an expandable reference"],
    ["sort popularity desc;", "cannot sort games by 'popularity'"],
    ["sort platforms.name;", "cannot sort games by 'platforms.name'"],
  ])("%s → 400 Invalid Field", async (body, cause) => {
    const res = await api<Array<{ title: string; status: number; cause: string }>>(standin, token, "games", body);
    expect(res.status).toBe(400);
    expect(res.body).toHaveLength(1);
    expect(res.body[0]).toMatchObject({ title: "Invalid Field", status: 400 });
    expect(res.body[0]!.cause).toContain(cause);
  });
});
