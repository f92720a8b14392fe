// POST /api/admin/orders/{id}/refunds {lines: [{line_id, amount?}], amount?, reason, note?} – refund all or part
// of lines: 202 {refund_id, status: "pending", amount, lines, replayed}. An Idempotency-Key header makes a retry
// answer the first refund (one Refund, one Stripe refund); 409 exceeds_remaining / refund_in_progress /
// already_refunded / not_refundable / idempotency_key_reused. Audit-logged as order.refund (admins only)
import { NextResponse, type NextRequest } from "next/server";

import { refundOrderLines } from "@/lib/admin/orders/refund-order-lines";
import { adminOrderIdSchema, idempotencyKeySchema, refundOrderBodySchema } from "@/lib/admin/orders/schemas";
import { readJsonBody } from "@/lib/api/read-json-body";
import { withAdmin } from "@/lib/api/with-admin";
import { recordAudit } from "@/lib/audit/record-audit";

export const POST = withAdmin<{ params: Promise<{ id: string }> }>(async (req: NextRequest, { params, admin }) => {
  const id = adminOrderIdSchema.parse((await params).id);
  const header = req.headers.get("idempotency-key");
  const key = header === null ? undefined : idempotencyKeySchema.parse(header);
  const body = refundOrderBodySchema.parse(await readJsonBody(req));
  const refund = await refundOrderLines(admin, id, body, key);
  // A replay is the same action answered again: it is on record once.
  if (!refund.replayed) {
    await recordAudit(admin, "order.refund", `order:${id}`, {
      refund_id: refund.refund_id,
      amount: refund.amount,
      currency: refund.currency,
      reason: body.reason,
      note: body.note,
      lines: refund.lines,
    });
  }
  return NextResponse.json(refund, { status: 202, headers: { "Cache-Control": "no-store" } });
});
