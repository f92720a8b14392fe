// GET /api/games/{id}/prices?currency= – the history of a game's effective price in one currency (the visitor's by
// default): current offer, lowest price of the last 30 days, all-time low and every recorded change
import { NextResponse, type NextRequest } from "next/server";

import { assertRateLimit } from "@/lib/api/rate-limit";
import { withErrors } from "@/lib/api/with-errors";
import { gameIdParamsSchema } from "@/lib/catalog/game-id-schema";
import { loadGameSummaries } from "@/lib/catalog/load-game-summaries";
import { AppError } from "@/lib/errors/app-error";
import { currencyOfRequest, PRICED_RESPONSE_HEADERS } from "@/lib/store/currency/currency-of-request";
import { getPriceHistory } from "@/lib/store/pricing/get-price-history";
import type { PriceHistory } from "@/lib/store/pricing/price-history";

export const GET = withErrors(async (req: NextRequest, { params }: { params: Promise<{ id: string }> }) => {
  await assertRateLimit(req, "games");
  const { id } = gameIdParamsSchema.parse(await params);
  const currency = currencyOfRequest(req);
  let history: PriceHistory | null = await getPriceHistory(id, currency);
  if (!history) {
    // Never listed: a catalog game answers an empty history (not for sale, nothing recorded), anything else 404.
    if (loadGameSummaries([id]).length === 0) throw new AppError("not_found", `No game has the id ${id}.`);
    history = { game_id: id, currency, current: null, lowest_price_30d: null, all_time_low: null, is_all_time_low: false, points: [] };
  }
  // Per visitor (the currency comes from a cookie or Accept-Language) and per minute (a sale starts or ends):
  // a browser may keep it a minute, a shared cache never.
  return NextResponse.json(history, { headers: { ...PRICED_RESPONSE_HEADERS, "Cache-Control": "private, max-age=60" } });
});
