// GET /api/admin/cache – the cache driver, memory and key count, Questlog's keys by kind (SCAN, capped),
// this process's hit rates per kind and over the last hour, and cache failures (admins only)
import { NextResponse } from "next/server";

import { getCacheOverview } from "@/lib/admin/cache/get-cache-overview";
import { withAdmin } from "@/lib/api/with-admin";
import { getCache } from "@/lib/cache/get-cache";

export const dynamic = "force-dynamic";

export const GET = withAdmin(async () => NextResponse.json(await getCacheOverview(getCache()), { headers: { "Cache-Control": "no-store" } }));
