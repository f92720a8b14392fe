// Admin curation of the catalog, end to end on a real replica: overrides are applied when games are read
// and outlive IGDB rewriting the row; a hidden game is gone from every public read (search, lists,
// similar games, prerender slugs, summaries, page and API) without IGDB being asked for it; the featured
// shelf's order. Writes go through the real catalog write queue and its after-write hook.
import { NextRequest } from "next/server";
import { beforeAll, describe, expect, it } from "vitest";

import { GET as getGameRoute } from "@/app/api/games/[id]/route";
import { findGameById, findGameBySlug } from "@/lib/catalog-sync/find-game";
import { getIgdbConnection } from "@/lib/catalog-sync/igdb-connection";
import { refreshGame } from "@/lib/catalog-sync/refresh-game";
import { getCatalogWriteQueue } from "@/lib/catalog-writes/get-catalog-write-queue";
import { attachGameCards } from "@/lib/catalog/attach-game-cards";
import { listFeaturedGames } from "@/lib/catalog/curation/list-featured-games";
import { getCatalogDb } from "@/lib/catalog/db";
import { getGameById } from "@/lib/catalog/get-game";
import { getSimilarGames } from "@/lib/catalog/get-similar-games";
import { listGames, listPopularGameSlugs } from "@/lib/catalog/list-games";
import { loadGameSummaries } from "@/lib/catalog/load-game-summaries";
import type { GameDetail } from "@/lib/catalog/schemas";
import { getSearchIndex } from "@/lib/search/get-search-index";
import { searchGamesQuerySchema } from "@/lib/search/schemas";
import { searchGames } from "@/lib/search/search-games";

import { control } from "../igdb/standin-fixture";
import { curate, searchIds, setUpCurationTestEnv, untilSearch } from "./curation-test-env";

const env = setUpCurationTestEnv();

let top: GameDetail;
let sibling: GameDetail;

beforeAll(async () => {
  getSearchIndex(); // built now, so the after-write hook has an index to keep current
  const [slug] = listPopularGameSlugs(1);
  top = getGameById(getCatalogDb().prepare("SELECT id FROM games WHERE slug = ?").pluck().get(slug!) as number)!;
  const similar = getSimilarGames(top);
  expect(similar.length).toBeGreaterThan(0);
  sibling = getGameById(similar[0]!.id)!;
});

describe("display overrides", () => {
  it("are what every read shows, keep IGDB's name searchable, and outlive IGDB rewriting the game", async () => {
    await curate(top.id, { name: "Zyxwvut Curated Title", summary: "A summary an admin wrote.", coverImageId: "co0test" });
    expect(loadGameSummaries([top.id])[0]).toMatchObject({ name: "Zyxwvut Curated Title", summary: "A summary an admin wrote." });
    const detail = getGameById(top.id)!;
    expect(detail.name).toBe("Zyxwvut Curated Title");
    expect(detail.cover_url).toContain("/co0test.jpg");
    expect(getCatalogDb().prepare("SELECT name FROM games WHERE id = ?").pluck().get(top.id)).toBe(top.name); // IGDB's row untouched
    await untilSearch("zyxwvut curated", (ids) => ids[0] === top.id, "the override to be searchable");
    // A literal match on the display name: answered locally, IGDB is not asked.
    const requests = await env.upstreamRequests();
    expect(await searchGames(searchGamesQuerySchema.parse({ q: "Zyxwvut Curated Title" }))).toMatchObject({ meta: { source: "database" } });
    expect(await env.upstreamRequests()).toBe(requests);
    expect(await searchIds(top.name)).toContain(top.id);

    // IGDB renames the game upstream; a refresh rewrites the row, and the override still wins.
    await control(env.standin, "records/games", [{ id: top.id, name: "Upstream Renamed Qwertyx" }]);
    const { client } = await getIgdbConnection();
    expect(await refreshGame(getCatalogDb(), client, getCatalogWriteQueue(), top.id)).toMatchObject({ id: top.id, outcome: "rewritten" });
    expect(getCatalogDb().prepare("SELECT name FROM games WHERE id = ?").pluck().get(top.id)).toBe("Upstream Renamed Qwertyx");
    expect(getGameById(top.id)!).toMatchObject({ name: "Zyxwvut Curated Title", summary: "A summary an admin wrote." });
    await untilSearch("upstream renamed qwertyx", (ids) => ids.includes(top.id), "IGDB's new name to be searchable");

    // Reset to IGDB: null clears the override, field by field.
    await curate(top.id, { name: null });
    expect(getGameById(top.id)!).toMatchObject({ name: "Upstream Renamed Qwertyx", summary: "A summary an admin wrote." });
    await curate(top.id, { summary: null, coverImageId: null });
    expect(getGameById(top.id)!.summary).toBe(loadGameSummaries([top.id])[0]!.summary);
    expect(getCatalogDb().prepare("SELECT count(*) FROM game_curation WHERE game_id = ?").pluck().get(top.id)).toBe(0);
  });
});

describe("a hidden game", () => {
  it("is gone from search, lists, similar games, prerender slugs and summaries, and back when unhidden", async () => {
    const before = listGames({ limit: 10, offset: 0 }).total;
    expect(await searchIds(sibling.name)).toContain(sibling.id);
    await curate(sibling.id, { hidden: true });

    await untilSearch(sibling.name, (ids) => !ids.includes(sibling.id), "the hidden game to leave the index");
    expect(listGames({ limit: 10, offset: 0 }).total).toBe(before - 1);
    expect(listGames({ limit: 200, offset: 0 }).games.map((g) => g.id)).not.toContain(sibling.id);
    expect(listPopularGameSlugs(50_000)).not.toContain(sibling.slug);
    expect(getSimilarGames(top).map((g) => g.id)).not.toContain(sibling.id);
    expect(loadGameSummaries([sibling.id, top.id]).map((g) => g.id)).toEqual([top.id]);

    await curate(sibling.id, { hidden: false });
    await untilSearch(sibling.name, (ids) => ids.includes(sibling.id), "the unhidden game to be searchable again");
    expect(listGames({ limit: 10, offset: 0 }).total).toBe(before);
    expect(getSimilarGames(top).map((g) => g.id)).toContain(sibling.id);
  });

  it("keeps its name and cover in libraries and wishlists, marked as no longer listed", async () => {
    const entries = [{ gameId: sibling.id }, { gameId: top.id }];
    expect(attachGameCards(entries).map((e) => e.game?.listed)).toEqual([true, true]);
    await curate(sibling.id, { hidden: true });
    const [hidden, shown] = attachGameCards(entries);
    expect(hidden!.game).toMatchObject({ id: sibling.id, name: sibling.name, slug: sibling.slug, listed: false });
    expect(shown!.game).toMatchObject({ id: top.id, listed: true });
    await curate(sibling.id, { hidden: false });
    expect(attachGameCards(entries)[0]!.game?.listed).toBe(true);
  });

  it("is a 404 on its page and API without IGDB being asked", async () => {
    await curate(sibling.id, { hidden: true });
    const requests = await env.upstreamRequests();
    expect(await findGameById(sibling.id)).toBeNull();
    expect(await findGameBySlug(sibling.slug)).toBeNull();
    const res = await getGameRoute(new NextRequest(`http://localhost/api/games/${sibling.id}`), {
      params: Promise.resolve({ id: String(sibling.id) }),
    });
    expect(res.status).toBe(404);
    expect(await env.upstreamRequests()).toBe(requests);
    await curate(sibling.id, { hidden: false });
    expect((await findGameById(sibling.id))?.id).toBe(sibling.id);
  });

  it("does not come back through the search leg, although IGDB still has it", async () => {
    // A title only this game has, so no local game matches and the search asks IGDB, which answers with it.
    const id = 2_000_000_001;
    await control(env.standin, "records/games", [{ id, name: "Vanishing Qzxjw Quest", slug: "vanishing-qzxjw-quest" }]);
    await curate(id, { hidden: true });
    const requests = await env.upstreamRequests();
    const answer = await searchGames(searchGamesQuerySchema.parse({ q: "vanishing qzxjw quest" }));
    expect(await env.upstreamRequests()).toBe(requests + 1);
    expect(answer.results).toEqual([]);
    expect(await findGameById(id)).toBeNull();
    expect(await env.upstreamRequests()).toBe(requests + 1);
  });
});

describe("the featured shelf", () => {
  it("lists featured games newest first, leaves hidden ones out, and empties when unfeatured", async () => {
    expect(listFeaturedGames()).toEqual([]);
    await curate(top.id, { featured: true });
    await curate(sibling.id, { featured: true });
    expect(listFeaturedGames().map((g) => g.id)).toEqual([sibling.id, top.id]);
    await curate(top.id, { featured: true }); // already featured: keeps its place
    expect(listFeaturedGames().map((g) => g.id)).toEqual([sibling.id, top.id]);
    await curate(sibling.id, { hidden: true });
    expect(listFeaturedGames().map((g) => g.id)).toEqual([top.id]);
    await curate(sibling.id, { hidden: false, featured: false });
    await curate(top.id, { featured: false });
    expect(listFeaturedGames()).toEqual([]);
  });
});
