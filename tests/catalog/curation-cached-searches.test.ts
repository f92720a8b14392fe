// Curation against searches cached in a real, shared Redis (REDIS_URL: searches are cached only then). A
// cached answer that listed a game goes through the game's tag; one that did not list it has no tag to find
// it by, so unhiding or renaming a game must drop every cached search, or the game stays missing for a day.
// The suite has a Redis logical database of its own: it drops every search it finds there.
import { randomUUID } from "node:crypto";

import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { getCatalogDb } from "@/lib/catalog/db";
import { getGameById } from "@/lib/catalog/get-game";
import { listPopularGameSlugs } from "@/lib/catalog/list-games";
import type { GameDetail } from "@/lib/catalog/schemas";
import { getSearchIndex } from "@/lib/search/get-search-index";
import { searchGamesQuerySchema } from "@/lib/search/schemas";
import { searchGames } from "@/lib/search/search-games";

import { until } from "../catalog-writes/write-fixtures";
import { clearQuestlogKeys } from "../support/clear-questlog-keys";
import { TEST_REDIS_URL } from "../support/test-redis";
import { curate, setUpCurationTestEnv } from "./curation-test-env";

const redisUrl = Object.assign(new URL(TEST_REDIS_URL), { pathname: "/11" }).toString();

// Registered before the environment's hooks: cleared before its write queue creates the stream, and again
// (hooks after run in reverse) once the queue reading that stream has closed.
beforeAll(() => clearQuestlogKeys(redisUrl));
afterAll(() => clearQuestlogKeys(redisUrl));
setUpCurationTestEnv({ REDIS_URL: redisUrl, CATALOG_STREAM_KEY: `ql:test:curation-cache:${randomUUID()}` });

/** The after-write hook runs 25 ms after a commit, and its invalidation (SCAN, DEL) after that. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 250));
const search = (q: string) => searchGames(searchGamesQuerySchema.parse({ q, limit: 20 }));
const ids = async (q: string) => (await search(q)).results.map((g) => g.id);

let game: GameDetail;
let other: GameDetail;

beforeAll(async () => {
  getSearchIndex(); // built now, so the after-write hook has an index to keep current
  const [first, ...rest] = listPopularGameSlugs(20).map((slug) =>
    getGameById(getCatalogDb().prepare("SELECT id FROM games WHERE slug = ?").pluck().get(slug) as number)!,
  );
  game = first!;
  // A game whose search does not list `game`: curating `game` then has no reason to touch its cached answer.
  for (const candidate of rest) if (!other && !(await ids(candidate.name)).includes(game.id)) other = candidate;
  expect(other).toBeDefined();
});

describe("cached searches after curation", () => {
  it("list a game again as soon as an admin unhides it", async () => {
    await curate(game.id, { hidden: true });
    await until(async () => !(await ids(game.name)).includes(game.id), 5_000, "the hidden game to leave the search");
    // Cached without it, in Redis, and answered from there.
    const cached = await search(game.name);
    expect(cached.meta.source).toBe("cache");
    expect(cached.results.map((g) => g.id)).not.toContain(game.id);

    await curate(game.id, { hidden: false });
    await until(async () => (await ids(game.name)).includes(game.id), 5_000, "the unhidden game to be listed again");
  });

  it("find a game by the name an admin gives it, where a cached search found nothing", async () => {
    const name = `Qorvex Display ${randomUUID().slice(0, 6)}`;
    const before = await search(name);
    expect(before.results.map((g) => g.id)).not.toContain(game.id);
    expect((await search(name)).meta.source).toBe("cache");

    await curate(game.id, { name });
    await until(async () => (await ids(name))[0] === game.id, 5_000, "the new display name to find the game");
    await curate(game.id, { name: null });
  });

  it("stay cached through edits that cannot change what a search lists", async () => {
    await settle(); // the previous test's rename drops every cached search, moments after its commit
    await search(other.name);
    expect((await search(other.name)).meta.source).toBe("cache");
    await curate(game.id, { summary: "An admin's summary." });
    await curate(game.id, { featured: true });
    await curate(game.id, { hidden: false, name: null }); // already so: nothing a search shows changes
    await settle();
    const again = await search(other.name);
    expect(again.meta.source).toBe("cache");
    expect(again.results.map((g) => g.id)).toContain(other.id);
  });
});
