// GET /api/health – readiness for load balancers and monitors: a check per dependency (SQLite catalog,
// accounts database, Redis, IGDB circuit, queue lag), each within a 1 s deadline; 503 only when a required
// one (SQLite, accounts database) fails. `catalog` keeps the catalog's size, as this route always reported.
import { NextResponse } from "next/server";

import { withErrors } from "@/lib/api/with-errors";
import { runHealthChecks } from "@/lib/health/run-health-checks";

export const dynamic = "force-dynamic";

export const GET = withErrors(async () => {
  const report = await runHealthChecks();
  return NextResponse.json(report, { status: report.status === "down" ? 503 : 200, headers: { "cache-control": "no-store" } });
});
