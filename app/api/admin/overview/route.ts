// GET /api/admin/overview – the overview's figures: a point measured now and the last hour of points
// (one per 5 s), read from the same registry as /api/metrics (admins only)
import { NextResponse } from "next/server";

import { withAdmin } from "@/lib/api/with-admin";
import { readOverview } from "@/lib/metrics/read-overview";

export const dynamic = "force-dynamic";

export const GET = withAdmin(async () => NextResponse.json(await readOverview(), { headers: { "cache-control": "no-store" } }));
