// GET /api/users/me/orders/{id} – one of the signed-in user's orders with its timeline (another user's: 404)
import { NextResponse, type NextRequest } from "next/server";

import { withErrors } from "@/lib/api/with-errors";
import { requireUser } from "@/lib/auth/require-user";
import { getOrderForUser } from "@/lib/store/orders/get-order-for-user";
import { orderIdParamSchema } from "@/lib/store/orders/order-id-param";

type Context = { params: Promise<{ id: string }> };

export const GET = withErrors(async (req: NextRequest, { params }: Context) => {
  const user = await requireUser(req);
  const { id } = orderIdParamSchema.parse(await params);
  return NextResponse.json(await getOrderForUser(id, user.id), { headers: { "Cache-Control": "private, no-store" } });
});
