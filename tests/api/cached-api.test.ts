// The API with a shared Redis configured (real Redis): search pages and game lookups are served from the
// cache on the second call, and a zero-result search is cached only for minutes.
import { NextRequest } from "next/server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { GET as getGame } from "@/app/api/games/[id]/route";
import { GET as search } from "@/app/api/games/search/route";
import { closeCache, getCache } from "@/lib/cache/get-cache";
import { cacheKeys } from "@/lib/cache/keys";
import { closeIgdbConnection } from "@/lib/catalog-sync/igdb-connection";

import { TEST_REDIS_URL } from "../support/test-redis";
import { setTestEnv } from "../support/with-env";

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = Record<string, any>;

const searchFor = async (query: string) =>
  (await (await search(new NextRequest(`http://localhost/api/games/search?${query}`), undefined)).json()) as Json;

let restoreEnv: () => void;
beforeAll(async () => {
  restoreEnv = setTestEnv({ REDIS_URL: TEST_REDIS_URL });
  await closeCache();
});
afterAll(async () => {
  restoreEnv();
  await closeCache();
  await closeIgdbConnection();
});

describe("with REDIS_URL", () => {
  it("answers a repeated search from the cache, fresh", async () => {
    const query = `q=super%20mario%20world&limit=${7 + Math.floor(Math.random() * 40)}`; // a key no earlier run left
    const first = await searchFor(query);
    expect(first.meta.source).toBe("database");
    const second = await searchFor(query);
    expect(second.meta).toMatchObject({ source: "cache", freshness: "fresh" });
    expect(second.results).toEqual(first.results);
  });

  it("keeps zero-result searches for minutes only", async () => {
    const q = `qqqzzzxxx${Date.now()}`;
    expect((await searchFor(`q=${q}`)).meta.total).toBe(0);
    const key = cacheKeys.search({ q, sort: "relevance", limit: 20, offset: 0 });
    const ttl = await getCache().ttl(key);
    expect(ttl).toBeGreaterThan(0);
    expect(ttl).toBeLessThanOrEqual(5 * 60_000);
  });

  it("caches game lookups under their key", async () => {
    const id = 1;
    await getCache().delete([cacheKeys.game(id)]);
    const res = await getGame(new NextRequest(`http://localhost/api/games/${id}`), { params: Promise.resolve({ id: String(id) }) });
    expect(res.status).toBe(200);
    expect(await getCache().get(cacheKeys.game(id))).toContain(`"id":${id}`);
  });
});
