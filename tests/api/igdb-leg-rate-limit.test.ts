// The per-client limit on the IGDB leg: whichever API or page reaches
// IGDB (a search SQLite cannot answer, a game id or slug missing from the catalog), a client over its IGDB
// allowance gets rate_limited; what SQLite answers is never counted, and other clients are unaffected.
import { NextRequest } from "next/server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { GET as getGame } from "@/app/api/games/[id]/route";
import { GET as search } from "@/app/api/games/search/route";
import { checkRateLimit, resetRateLimiterForTests } from "@/lib/cache/rate-limit/check-rate-limit";
import { RATE_LIMIT_POLICIES } from "@/lib/cache/rate-limit/rate-limit-policies";
import { pendingPageRevalidations } from "@/lib/catalog-sync/deferred-page-revalidation";
import { findGameBySlug } from "@/lib/catalog-sync/find-game";
import { findGameForPage } from "@/lib/catalog-sync/find-game-for-page";
import { closeIgdbConnection } from "@/lib/catalog-sync/igdb-connection";
import { searchGamesQuerySchema } from "@/lib/search/schemas";
import { searchGames } from "@/lib/search/search-games";

import { setTestEnv } from "../support/with-env";

// In-process limiter, one proxy in front (X-Forwarded-For names the client).
let restoreEnv: () => void;
beforeAll(async () => {
  restoreEnv = setTestEnv({
    REDIS_URL: "",
    UPSTASH_REDIS_REST_URL: "",
    UPSTASH_REDIS_REST_TOKEN: "",
    API_RATE_LIMITS: "on",
    TRUSTED_PROXY_HOPS: "1",
  });
  await resetRateLimiterForTests();
});
afterAll(async () => {
  await resetRateLimiterForTests();
  await closeIgdbConnection();
  restoreEnv();
});

const SPENT = "198.51.100.23";
const FRESH = "198.51.100.24";
const from = (path: string, client: string) => new NextRequest(`http://localhost${path}`, { headers: { "x-forwarded-for": client } });

async function spendIgdbAllowance(client: string) {
  for (let i = 0; i < RATE_LIMIT_POLICIES.igdb.limit; i++)
    expect((await checkRateLimit(client, RATE_LIMIT_POLICIES.igdb)).allowed).toBe(true);
}

describe("IGDB leg limit", () => {
  it("refuses a client over its allowance on every way to IGDB, serves what SQLite holds, and leaves others alone", async () => {
    await spendIgdbAllowance(SPENT);

    const cold = await search(from("/api/games/search?q=qqzx%20unheard%20of%20title", SPENT), undefined);
    expect(cold.status).toBe(429);
    expect(Number(cold.headers.get("retry-after"))).toBeGreaterThanOrEqual(1);
    expect((await cold.json()).error).toMatchObject({ code: "rate_limited", details: { policy: "igdb" } });

    const missingGame = await getGame(from("/api/games/2147480000", SPENT), { params: Promise.resolve({ id: "2147480000" }) });
    expect(missingGame.status).toBe(429);

    // The page path: the game page passes the client it serves.
    await expect(findGameBySlug("qqzx-no-such-game-anywhere", SPENT)).rejects.toMatchObject({ code: "rate_limited" });
    // The page itself cannot answer 429 (a throwing render is a 500): a 404 for now, revalidated once the allowance is back.
    expect(pendingPageRevalidations()).not.toContain("/games/qqzx-no-such-game-anywhere");
    await expect(findGameForPage("qqzx-no-such-game-anywhere", SPENT)).resolves.toBeNull();
    expect(pendingPageRevalidations()).toContain("/games/qqzx-no-such-game-anywhere");
    await expect(searchGames(searchGamesQuerySchema.parse({ q: "qqzx another unheard of" }), { client: SPENT })).rejects.toMatchObject({
      code: "rate_limited",
    });

    // SQLite's answers cost no IGDB trip.
    const local = await search(from("/api/games/search?q=super%20mario%20bros%203", SPENT), undefined);
    expect(local.status).toBe(200);

    const other = await search(from("/api/games/search?q=qqzx%20unheard%20of%20title", FRESH), undefined);
    expect(other.status).toBe(200);
  }, 90_000); // the first IGDB trips wait for the stand-in to start, slow on a loaded machine
});
