// GET /api/admin/cache/key?key=ql:… – one key: exists, type, TTL, kind, size and its value (a cache entry's
// JSON envelope parsed; 20 KB at most). Only keys under ql: (admins only)
import { NextResponse, type NextRequest } from "next/server";

import { lookUpCacheKey } from "@/lib/admin/cache/look-up-cache-key";
import { cacheKeyQuerySchema } from "@/lib/admin/cache/schemas";
import { withAdmin } from "@/lib/api/with-admin";
import { getCache } from "@/lib/cache/get-cache";

export const dynamic = "force-dynamic";

export const GET = withAdmin(async (req: NextRequest) => {
  const { key } = cacheKeyQuerySchema.parse({ key: req.nextUrl.searchParams.get("key") ?? "" });
  return NextResponse.json(await lookUpCacheKey(getCache(), key), { headers: { "Cache-Control": "no-store" } });
});
