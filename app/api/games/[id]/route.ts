// GET /api/games/{id}?currency= – one game with its releases, alternative titles and companies (fetched from IGDB when
// missing locally) and its offer in the visitor's currency
import { NextResponse, type NextRequest } from "next/server";

import { assertRateLimit } from "@/lib/api/rate-limit";
import { withErrors } from "@/lib/api/with-errors";
import { cached } from "@/lib/cache/cached";
import { getCache } from "@/lib/cache/get-cache";
import { cacheKeys, cacheTags } from "@/lib/cache/keys";
import { getClientIdentity } from "@/lib/cache/rate-limit/get-client-identity";
import { findGameById } from "@/lib/catalog-sync/find-game";
import { hotGames } from "@/lib/catalog-sync/hot-games";
import { gameIdParamsSchema } from "@/lib/catalog/game-id-schema";
import { AppError } from "@/lib/errors/app-error";
import { currencyOfRequest, PRICED_RESPONSE_HEADERS } from "@/lib/store/currency/currency-of-request";
import { attachOffers } from "@/lib/store/pricing/attach-offers";

export const GET = withErrors(async (req: NextRequest, { params }: { params: Promise<{ id: string }> }) => {
  await assertRateLimit(req, "games");
  const { id } = gameIdParamsSchema.parse(await params);
  const currency = currencyOfRequest(req);
  const cache = getCache();
  const client = getClientIdentity(req.headers);
  // This process's L1 first (lib/catalog-sync/hot-games.ts), emptied whenever this replica is written.
  const hot = hotGames();
  const held = hot.get(String(id));
  const ticket = hot.ticket();
  // With a shared Redis, lookups are cached for days (misses for minutes); without one the replica is the cache.
  const found = held
    ? { value: held, state: "fresh" }
    : cache.kind === "memory"
      ? { value: await findGameById(id, client), state: "fresh" }
      : await cached(cache, cacheKeys.game(id), "game", () => findGameById(id, client), {
          tags: [cacheTags.game(id)],
          kindOf: (g) => (g ? "game" : "negative"),
        });
  const game = found.value;
  if (!game) throw new AppError("not_found", `No game has the id ${id}.`);
  if (!held && found.state === "fresh") hot.set(String(id), game, ticket);
  // The offer after the cache: the cached game is shared by every currency and outlives price changes.
  const [priced] = await attachOffers([game], currency);
  return NextResponse.json(priced, { headers: PRICED_RESPONSE_HEADERS });
});
