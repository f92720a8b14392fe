// GET /api/admin/orders?email=&id=&status=&from=&to=&limit=&cursor= – orders newest first, by buyer email (exact),
// order id, status and placement days (UTC), paged by cursor: {orders: [...], nextCursor} (admins only)
import { NextResponse, type NextRequest } from "next/server";

import { searchOrdersQuerySchema } from "@/lib/admin/orders/schemas";
import { searchOrders } from "@/lib/admin/orders/search-orders";
import { withAdmin } from "@/lib/api/with-admin";

export const dynamic = "force-dynamic";

export const GET = withAdmin(async (req: NextRequest) => {
  const query = searchOrdersQuerySchema.parse(Object.fromEntries(req.nextUrl.searchParams));
  return NextResponse.json(await searchOrders(query), { headers: { "Cache-Control": "no-store" } });
});
