// GET /api/offers?ids=1,2,3&currency= – the offers of up to 100 games in the visitor's currency, for client islands
// on static (prerendered) pages: prices are per visitor and per minute, so they are never baked into the HTML.
import { NextResponse, type NextRequest } from "next/server";

import { assertRateLimit } from "@/lib/api/rate-limit";
import { withErrors } from "@/lib/api/with-errors";
import { currencyOfRequest, PRICED_RESPONSE_HEADERS } from "@/lib/store/currency/currency-of-request";
import { getOffers } from "@/lib/store/pricing/get-offers";
import { offersQuerySchema } from "@/lib/store/pricing/offer-schemas";

export const GET = withErrors(async (req: NextRequest) => {
  await assertRateLimit(req, "games");
  const { ids } = offersQuerySchema.parse({ ids: req.nextUrl.searchParams.get("ids") ?? undefined });
  const currency = currencyOfRequest(req);
  const offers = await getOffers(ids, currency);
  return NextResponse.json(
    { currency, offers: Object.fromEntries(ids.map((id) => [id, offers.get(id) ?? null])) },
    { headers: { ...PRICED_RESPONSE_HEADERS, "Cache-Control": "private, no-cache" } },
  );
});
