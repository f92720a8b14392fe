// GET /api/admin/store/sales?status=all|scheduled|live|ended&limit=&offset= – sales, scheduled first
// POST /api/admin/store/sales – {name, percent, starts_at, ends_at, game_ids} → 201 the sale; 409 with the guard-rail broken
import { NextResponse, type NextRequest } from "next/server";

import { readJsonBody } from "@/lib/api/read-json-body";
import { withAdmin } from "@/lib/api/with-admin";
import { recordAudit } from "@/lib/audit/record-audit";
import { createSale } from "@/lib/store/sales/create-sale";
import { listSales } from "@/lib/store/sales/list-sales";
import { createSaleBodySchema, listSalesQuerySchema } from "@/lib/store/sales/sale-schemas";

export const GET = withAdmin(async (req: NextRequest) => {
  const query = listSalesQuerySchema.parse(Object.fromEntries(req.nextUrl.searchParams));
  return NextResponse.json(await listSales(query));
});

export const POST = withAdmin(async (req: NextRequest, { admin }) => {
  // 5,000 game ids are about 40 KB of JSON.
  const body = createSaleBodySchema.parse(await readJsonBody(req, { maxBytes: 256 * 1024 }));
  const sale = await createSale(body, admin.id);
  await recordAudit(admin, "sale.create", `sale:${sale.id}`, {
    name: sale.name,
    percent: sale.percent,
    starts_at: sale.starts_at,
    ends_at: sale.ends_at,
    game_count: sale.game_count,
  });
  return NextResponse.json(sale, { status: 201 });
});
