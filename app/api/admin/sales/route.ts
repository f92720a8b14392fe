// GET /api/admin/sales?from=&to=&currency= – sales over UTC days from the rollups: per-currency totals and refund
// rate, revenue and units by day and currency, top sellers, checkout conversion, and each sale's uplift against
// the 28 days before it (admins only)
import { NextResponse, type NextRequest } from "next/server";

import { getSalesReport } from "@/lib/admin/sales/get-sales-report";
import { salesReportQuerySchema } from "@/lib/admin/sales/schemas";
import { withAdmin } from "@/lib/api/with-admin";

export const dynamic = "force-dynamic";

export const GET = withAdmin(async (req: NextRequest) => {
  const query = salesReportQuerySchema.parse(Object.fromEntries(req.nextUrl.searchParams));
  return NextResponse.json(await getSalesReport(query), { headers: { "Cache-Control": "no-store" } });
});
