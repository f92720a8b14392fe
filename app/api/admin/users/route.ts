// GET /api/admin/users?q=&role=&limit=&offset= – users newest first, q matching email or name in any case,
// with role, join date, verified email and library size; {users, total} (admins only)
import { NextResponse, type NextRequest } from "next/server";

import { listUsers } from "@/lib/admin/users/list-users";
import { listUsersQuerySchema } from "@/lib/admin/users/schemas";
import { withAdmin } from "@/lib/api/with-admin";

export const dynamic = "force-dynamic";

export const GET = withAdmin(async (req: NextRequest) => {
  const query = listUsersQuerySchema.parse(Object.fromEntries(req.nextUrl.searchParams));
  return NextResponse.json(await listUsers(query), { headers: { "Cache-Control": "no-store" } });
});
