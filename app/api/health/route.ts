// GET /api/health – liveness and the catalog's size, for load balancers and the smoke test
import { NextResponse } from "next/server";

import { withErrors } from "@/lib/api/with-errors";
import { getCatalogStats } from "@/lib/catalog/get-catalog-stats";

export const dynamic = "force-dynamic";

export const GET = withErrors(() => {
  const catalog = getCatalogStats();
  const ok = catalog.games > 0;
  return NextResponse.json({ status: ok ? "ok" : "degraded", catalog }, { status: ok ? 200 : 503 });
});
