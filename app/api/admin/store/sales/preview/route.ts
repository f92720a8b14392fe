// POST /api/admin/store/sales/preview – {percent, game_ids, starts_at?, ends_at?} → storefront prices per currency, and the guard-rails it would break
import { NextResponse, type NextRequest } from "next/server";

import { readJsonBody } from "@/lib/api/read-json-body";
import { withAdmin } from "@/lib/api/with-admin";
import { previewSale } from "@/lib/store/sales/preview-sale";
import { previewSaleBodySchema } from "@/lib/store/sales/sale-schemas";

export const POST = withAdmin(async (req: NextRequest) => {
  const body = previewSaleBodySchema.parse(await readJsonBody(req, { maxBytes: 256 * 1024 }));
  return NextResponse.json(await previewSale(body));
});
