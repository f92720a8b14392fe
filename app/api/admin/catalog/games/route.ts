// GET /api/admin/catalog/games?q=&filter=all|featured|hidden|edited&limit=&offset= – the console's game list (hidden games included)
import { NextResponse, type NextRequest } from "next/server";

import { listAdminGamesQuerySchema } from "@/lib/admin/catalog/admin-catalog-schemas";
import { listAdminGames } from "@/lib/admin/catalog/list-admin-games";
import { withAdmin } from "@/lib/api/with-admin";

export const GET = withAdmin(async (req: NextRequest) => {
  const query = listAdminGamesQuerySchema.parse(Object.fromEntries(req.nextUrl.searchParams));
  return NextResponse.json(listAdminGames(query));
});
