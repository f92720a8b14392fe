// GET /api/admin/sales/export?kind=days|games|checkouts&from=&to=&currency= – one table of the sales report as
// CSV, as a download named after it and the range (admins only)
import { type NextRequest } from "next/server";

import { getSalesReport } from "@/lib/admin/sales/get-sales-report";
import { salesExportQuerySchema, salesReportQuerySchema } from "@/lib/admin/sales/schemas";
import { toSalesCsv } from "@/lib/admin/sales/to-sales-csv";
import { withAdmin } from "@/lib/api/with-admin";

export const dynamic = "force-dynamic";

export const GET = withAdmin(async (req: NextRequest) => {
  const params = Object.fromEntries(req.nextUrl.searchParams);
  const kind = salesExportQuerySchema.parse(params);
  const query = salesReportQuerySchema.parse(params);
  const report = await getSalesReport(query);
  const name = `questlog-sales-${kind}-${query.from}-to-${query.to}${query.currency ? `-${query.currency}` : ""}.csv`;
  return new Response(toSalesCsv(report, kind), {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="${name}"`,
      "Cache-Control": "no-store",
    },
  });
});
