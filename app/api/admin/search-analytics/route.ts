// GET /api/admin/search-analytics?hours=24&limit=20 – top queries, zero-result queries, latency and volume by
// source over the last 1–720 hours, with totals; rolled up every minute by search.analytics-rollup (admins only)
import { NextResponse, type NextRequest } from "next/server";

import { getSearchAnalyticsReport } from "@/lib/admin/search/get-search-analytics-report";
import { searchAnalyticsQuerySchema } from "@/lib/admin/search/schemas";
import { withAdmin } from "@/lib/api/with-admin";

export const dynamic = "force-dynamic";

export const GET = withAdmin(async (req: NextRequest) => {
  const query = searchAnalyticsQuerySchema.parse(Object.fromEntries(req.nextUrl.searchParams));
  return NextResponse.json(getSearchAnalyticsReport(query), { headers: { "Cache-Control": "no-store" } });
});
