// POST /api/admin/orders/{id}/receipt – queue the receipt mail again: 202 {email, job_id, deduplicated}; each
// request sends one more mail, a retry with the same Idempotency-Key does not; 409 for an unpaid order or a
// deleted buyer. Audit-logged as order.receipt.resend (admins only)
import { randomUUID } from "node:crypto";

import { NextResponse, type NextRequest } from "next/server";

import { resendReceipt } from "@/lib/admin/orders/resend-receipt";
import { adminOrderIdSchema, idempotencyKeySchema } from "@/lib/admin/orders/schemas";
import { withAdmin } from "@/lib/api/with-admin";
import { recordAudit } from "@/lib/audit/record-audit";

export const POST = withAdmin<{ params: Promise<{ id: string }> }>(async (req: NextRequest, { params, admin }) => {
  const id = adminOrderIdSchema.parse((await params).id);
  const header = req.headers.get("idempotency-key");
  const requestId = header === null ? randomUUID() : idempotencyKeySchema.parse(header);
  const sent = await resendReceipt(id, requestId);
  if (!sent.deduplicated) await recordAudit(admin, "order.receipt.resend", `order:${id}`, { email: sent.email, job_id: sent.job_id });
  return NextResponse.json(sent, { status: 202, headers: { "Cache-Control": "no-store" } });
});
