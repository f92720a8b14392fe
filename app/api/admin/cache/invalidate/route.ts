// POST /api/admin/cache/invalidate {key} | {tag} | {pattern, confirmAll?} – removes cache keys under ql:
// (never queue internals) and answers {removed, …}; audit-logged as cache.invalidate (admins only)
import { NextResponse, type NextRequest } from "next/server";

import { forgetKeyCounts } from "@/lib/admin/cache/get-cache-overview";
import { invalidateCache } from "@/lib/admin/cache/invalidate-cache";
import { invalidateCacheBodySchema } from "@/lib/admin/cache/schemas";
import { readJsonBody } from "@/lib/api/read-json-body";
import { withAdmin } from "@/lib/api/with-admin";
import { recordAudit } from "@/lib/audit/record-audit";
import { getCache } from "@/lib/cache/get-cache";

export const POST = withAdmin(async (req: NextRequest, { admin }) => {
  const body = invalidateCacheBodySchema.parse(await readJsonBody(req));
  const cache = getCache();
  const result = await invalidateCache(cache, body);
  forgetKeyCounts(cache); // the next overview counts again, without what was just removed
  await recordAudit(admin, "cache.invalidate", `cache-${result.by}:${result.target}`, {
    by: result.by,
    removed: result.removed,
    skipped: result.skipped,
    capped: result.capped,
    driver: cache.kind,
  });
  return NextResponse.json(result);
});
