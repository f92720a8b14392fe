// POST /api/users/me/orders/{id}/refund {reason} – a self-service refund within the window: 202 {status: "refund_pending", …}
import { NextResponse, type NextRequest } from "next/server";

import { assertSameOrigin } from "@/lib/api/assert-same-origin";
import { assertRateLimit } from "@/lib/api/rate-limit";
import { readJsonBody } from "@/lib/api/read-json-body";
import { withErrors } from "@/lib/api/with-errors";
import { requireUser } from "@/lib/auth/require-user";
import { orderIdParamSchema } from "@/lib/store/orders/order-id-param";
import { requestRefund, requestRefundBodySchema } from "@/lib/store/refunds/request-refund";

type Context = { params: Promise<{ id: string }> };

export const POST = withErrors(async (req: NextRequest, { params }: Context) => {
  assertSameOrigin(req);
  await assertRateLimit(req, "orderActions");
  const user = await requireUser(req);
  const { id } = orderIdParamSchema.parse(await params);
  const body = requestRefundBodySchema.parse(await readJsonBody(req));
  return NextResponse.json(await requestRefund(id, user.id, body), { status: 202, headers: { "Cache-Control": "private, no-store" } });
});
