// POST /api/users/me/orders/{id}/cancel – gives up on an order awaiting payment: its Checkout Session expires,
// the order is `expired` and its games go back into the cart; 200 with the order.
import { NextResponse, type NextRequest } from "next/server";

import { assertSameOrigin } from "@/lib/api/assert-same-origin";
import { assertRateLimit } from "@/lib/api/rate-limit";
import { withErrors } from "@/lib/api/with-errors";
import { requireUser } from "@/lib/auth/require-user";
import { cancelOrder } from "@/lib/store/orders/cancel-order";
import { orderIdParamSchema } from "@/lib/store/orders/order-id-param";

type Context = { params: Promise<{ id: string }> };

export const POST = withErrors(async (req: NextRequest, { params }: Context) => {
  assertSameOrigin(req);
  await assertRateLimit(req, "orderActions");
  const user = await requireUser(req);
  const { id } = orderIdParamSchema.parse(await params);
  return NextResponse.json(await cancelOrder(id, user.id), { headers: { "Cache-Control": "private, no-store" } });
});
