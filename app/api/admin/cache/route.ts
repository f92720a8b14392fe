// GET /api/admin/cache?recount=1 – the cache driver, memory and key count, Questlog's keys by kind (SCAN, capped,
// reused for 30 s unless recount=1), this process's hit rates per kind and over the last hour, and cache failures
// (admins only)
import { NextResponse, type NextRequest } from "next/server";
import { z } from "zod";

import { getCacheOverview } from "@/lib/admin/cache/get-cache-overview";
import { withAdmin } from "@/lib/api/with-admin";
import { getCache } from "@/lib/cache/get-cache";

export const dynamic = "force-dynamic";

const querySchema = z.object({ recount: z.enum(["0", "1"]).optional() });

export const GET = withAdmin(async (req: NextRequest) => {
  const { recount } = querySchema.parse(Object.fromEntries(req.nextUrl.searchParams));
  return NextResponse.json(await getCacheOverview(getCache(), { recount: recount === "1" }), { headers: { "Cache-Control": "no-store" } });
});
