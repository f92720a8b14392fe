// DELETE /api/admin/store/sales/{id} – a sale that has not started; 409 sale_already_started after
import { NextResponse } from "next/server";

import { withAdmin } from "@/lib/api/with-admin";
import { recordAudit } from "@/lib/audit/record-audit";
import { deleteSale } from "@/lib/store/sales/delete-sale";
import { saleIdParamSchema } from "@/lib/store/sales/sale-schemas";

type Context = { params: Promise<{ id: string }> };

export const DELETE = withAdmin<Context>(async (_req, { params, admin }) => {
  const { id } = saleIdParamSchema.parse(await params);
  const deleted = await deleteSale(id);
  await recordAudit(admin, "sale.delete", `sale:${id}`, deleted);
  return NextResponse.json({ deleted: true });
});
