// The window between the IGDB leg's answer and the drainer's write: the instance already indexes the games
// it fetched, so a second search in that window finds them in the index before their rows exist. It must
// give the same answer as the first, not drop the games whose rows are still on the way.
import { NextRequest } from "next/server";
import { afterAll, describe, expect, it } from "vitest";

import { GET as search } from "@/app/api/games/search/route";
import { closeIgdbConnection, getIgdbConnection } from "@/lib/catalog-sync/igdb-connection";
import { closeCatalogWriteQueue } from "@/lib/catalog-writes/get-catalog-write-queue";
import { getCatalogDb } from "@/lib/catalog/db";

import { pickUpstreamOnlyTitles } from "../support/upstream-only-titles";

afterAll(async () => {
  await closeCatalogWriteQueue();
  await closeIgdbConnection();
});

async function searchFor(q: string) {
  const res = await search(new NextRequest(`http://localhost/api/games/search?q=${encodeURIComponent(q)}`), undefined);
  expect(res.status).toBe(200);
  return (await res.json()) as { results: Array<{ id: number; name: string }>; meta: { source: string } };
}

describe("search leg before the drainer writes", () => {
  it("answers a repeated search identically while the rows are still queued", async () => {
    const { standin } = await getIgdbConnection();
    // A title other test files do not search, so no other worker has stored it in the shared catalog.
    const [title] = (await pickUpstreamOnlyTitles(standin!.url, 12)).slice(-1);
    // The drainer is not started in this file: the writes stay queued, the window stays open.
    const first = await searchFor(title!);
    expect(first.meta.source).toBe("igdb");
    expect(first.results.length).toBeGreaterThan(0);
    const ids = first.results.map((r) => r.id);
    const placeholders = ids.map(() => "?").join(",");
    expect(
      getCatalogDb()
        .prepare(`SELECT count(*) FROM games WHERE id IN (${placeholders})`)
        .pluck()
        .get(...ids),
    ).toBeLessThan(ids.length);
    const second = await searchFor(title!);
    expect(second.meta.source).toBe("database");
    expect(second.results.map((r) => r.id)).toEqual(ids);
  });
});
