// GET /api/games/search?q=zelda&limit=&offset=&platform=&year=&sort=&on_sale=&max_price=&currency= – search the catalog
// (cache → SQLite → IGDB, lib/search/search-games.ts); each result with its offer in the visitor's currency
import { NextResponse, type NextRequest } from "next/server";

import { assertRateLimit } from "@/lib/api/rate-limit";
import { withErrors } from "@/lib/api/with-errors";
import { getClientIdentity } from "@/lib/cache/rate-limit/get-client-identity";
import { searchGamesQuerySchema } from "@/lib/search/schemas";
import { searchGames } from "@/lib/search/search-games";
import { currencyOfRequest, PRICED_RESPONSE_HEADERS } from "@/lib/store/currency/currency-of-request";
import { attachOffers } from "@/lib/store/pricing/attach-offers";
import { searchPriceOrder } from "@/lib/store/pricing/search-price-order";

export const GET = withErrors(async (req: NextRequest) => {
  // Before validation, so invalid requests count too.
  await assertRateLimit(req, "search");
  const query = searchGamesQuerySchema.parse(Object.fromEntries(req.nextUrl.searchParams));
  const currency = currencyOfRequest(req);
  // on_sale, max_price and sort=price read the store's prices in this currency (undefined when none is asked).
  const prices = await searchPriceOrder(query, currency);
  const response = await searchGames(query, { client: getClientIdentity(req.headers), prices });
  // Offers after the search cache and its dedupe: those bodies are shared across currencies and price changes.
  return NextResponse.json({ ...response, results: await attachOffers(response.results, currency) }, { headers: PRICED_RESPONSE_HEADERS });
});
