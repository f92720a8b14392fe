// GET /api/admin/orders/{id} – one order: lines (refunded, refundable, entitlement), payments, refunds and the
// timeline from its outbox events and audit entries; 404 when there is none (admins only)
import { NextResponse, type NextRequest } from "next/server";

import { getAdminOrder } from "@/lib/admin/orders/get-admin-order";
import { adminOrderIdSchema } from "@/lib/admin/orders/schemas";
import { withAdmin } from "@/lib/api/with-admin";
import { AppError } from "@/lib/errors/app-error";

export const dynamic = "force-dynamic";

export const GET = withAdmin<{ params: Promise<{ id: string }> }>(async (_req: NextRequest, { params }) => {
  const id = adminOrderIdSchema.parse((await params).id);
  const order = await getAdminOrder(id);
  if (!order) throw new AppError("not_found", "No such order.");
  return NextResponse.json(order, { headers: { "Cache-Control": "no-store" } });
});
