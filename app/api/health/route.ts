// GET /api/health – readiness for load balancers and monitors: a check per dependency (SQLite catalog,
// accounts database, Redis, IGDB circuit, queue lag), each within a 1 s deadline; 503 only when a required
// one (SQLite, accounts database) fails. Anyone gets the verdict and each check's status; an admin session
// or `Authorization: Bearer $ADMIN_API_TOKEN` also gets details (error text, backends, figures, the
// catalog's size). One round of checks serves every caller for a second.
import { NextResponse, type NextRequest } from "next/server";

import { bearerToken } from "@/lib/api/bearer-token";
import { requireAdmin } from "@/lib/api/require-admin";
import { withErrors } from "@/lib/api/with-errors";
import { getHealthReport } from "@/lib/health/get-health-report";
import { publicHealthReport } from "@/lib/health/public-health-report";

export const dynamic = "force-dynamic";

/** Details for an admin or the token holder; a wrong token is refused (403) rather than quietly ignored. */
async function wantsDetails(req: NextRequest): Promise<boolean> {
  if (bearerToken(req)) {
    await requireAdmin(req);
    return true;
  }
  if (!req.headers.has("cookie")) return false;
  // A player's session, or one the database cannot check right now: the public answer.
  return requireAdmin(req).then(
    () => true,
    () => false,
  );
}

export const GET = withErrors(async (req: NextRequest) => {
  const [report, details] = await Promise.all([getHealthReport(), wantsDetails(req)]);
  const body = details ? report : publicHealthReport(report);
  return NextResponse.json(body, { status: report.status === "down" ? 503 : 200, headers: { "cache-control": "no-store" } });
});
