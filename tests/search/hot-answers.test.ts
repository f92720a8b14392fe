// The in-process L1 of search answers and game lookups (lib/search/hot-searches.ts, lib/catalog-sync/hot-games.ts)
// on a real replica, with writes through the real catalog write queue: a repeated answer comes from memory, and a
// write the drainer applies is visible to the very next request, before the index's own (coalesced) update.
import { NextRequest } from "next/server";
import { beforeAll, describe, expect, it } from "vitest";

import { GET as getGameRoute } from "@/app/api/games/[id]/route";
import { getCatalogDb } from "@/lib/catalog/db";
import { listPopularGameSlugs } from "@/lib/catalog/list-games";
import { getSearchIndex } from "@/lib/search/get-search-index";
import { searchGamesQuerySchema } from "@/lib/search/schemas";
import { searchGames } from "@/lib/search/search-games";

import { curate, setUpCurationTestEnv } from "../catalog/curation-test-env";

setUpCurationTestEnv();

let id = 0;
let name = "";
beforeAll(() => {
  getSearchIndex();
  const [slug] = listPopularGameSlugs(1);
  ({ id, name } = getCatalogDb().prepare("SELECT id, name FROM games WHERE slug = ?").get(slug!) as { id: number; name: string });
});

const search = () => searchGames(searchGamesQuerySchema.parse({ q: name, limit: 20 }));
const lookup = async () =>
  (await (
    await getGameRoute(new NextRequest(`http://localhost/api/games/${id}`), { params: Promise.resolve({ id: String(id) }) })
  ).json()) as {
    summary: string | null;
  };

describe("hot answers", () => {
  it("answers a repeated search from memory, and shows a write the drainer applied on the next search", async () => {
    expect((await search()).meta.source).toBe("database");
    const again = await search();
    expect(again.meta).toMatchObject({ source: "cache", freshness: "fresh" });
    expect(again.results.map((g) => g.id)).toContain(id);

    await curate(id, { summary: "Written while the answer was hot." });
    const after = await search();
    expect(after.results.find((g) => g.id === id)?.summary).toBe("Written while the answer was hot.");
  });

  it("shows a write the drainer applied on the next game lookup", async () => {
    await lookup();
    const held = await lookup();
    await curate(id, { summary: "A second summary, for the lookup." });
    expect((await lookup()).summary).toBe("A second summary, for the lookup.");
    expect(held.summary).not.toBe("A second summary, for the lookup.");
  });
});
