// GET /api/deals?sort=discount|ends_soon|all_time_low&page=&currency= – the games on sale now in the visitor's currency,
// one page of 24, each with its catalog summary (as the search results carry it) and its offer
import { NextResponse, type NextRequest } from "next/server";

import { assertRateLimit } from "@/lib/api/rate-limit";
import { withErrors } from "@/lib/api/with-errors";
import { currencyOfRequest, PRICED_RESPONSE_HEADERS } from "@/lib/store/currency/currency-of-request";
import { listDealsQuerySchema } from "@/lib/store/pricing/deal-schemas";
import { listDealGames } from "@/lib/store/pricing/list-deal-games";

export const GET = withErrors(async (req: NextRequest) => {
  await assertRateLimit(req, "games");
  const query = listDealsQuerySchema.parse({
    sort: req.nextUrl.searchParams.get("sort") ?? undefined,
    page: req.nextUrl.searchParams.get("page") ?? undefined,
  });
  const currency = currencyOfRequest(req);
  return NextResponse.json(await listDealGames(query, currency), {
    headers: { ...PRICED_RESPONSE_HEADERS, "Cache-Control": "private, max-age=60" },
  });
});
