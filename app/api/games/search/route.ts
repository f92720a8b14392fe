// GET /api/games/search?q=zelda&limit=&offset=&platform=&year=&sort= – search the catalog (cache → SQLite → IGDB, lib/search/search-games.ts)
import { NextResponse, type NextRequest } from "next/server";

import { assertRateLimit } from "@/lib/api/rate-limit";
import { withErrors } from "@/lib/api/with-errors";
import { getClientIdentity } from "@/lib/cache/rate-limit/get-client-identity";
import { searchGamesQuerySchema } from "@/lib/search/schemas";
import { searchGames } from "@/lib/search/search-games";

export const GET = withErrors(async (req: NextRequest) => {
  // Before validation, so invalid requests count too.
  await assertRateLimit(req, "search");
  const query = searchGamesQuerySchema.parse(Object.fromEntries(req.nextUrl.searchParams));
  return NextResponse.json(await searchGames(query, { client: getClientIdentity(req.headers) }));
});
