// GET /api/users/me/orders?cursor=&limit= – the signed-in user's orders, newest first: {orders, next_cursor}
import { NextResponse, type NextRequest } from "next/server";

import { withErrors } from "@/lib/api/with-errors";
import { requireUser } from "@/lib/auth/require-user";
import { listOrdersForUser, listOrdersQuerySchema } from "@/lib/store/orders/list-orders-for-user";

export const GET = withErrors(async (req: NextRequest) => {
  const user = await requireUser(req);
  const query = listOrdersQuerySchema.parse(Object.fromEntries(req.nextUrl.searchParams));
  return NextResponse.json(await listOrdersForUser(user.id, query), { headers: { "Cache-Control": "private, no-store" } });
});
