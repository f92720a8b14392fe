// GET /api/admin/audit?target=&action=&actor=&from=&to=&limit=&cursor= – the audit log newest first, by target,
// action prefix, actor email and time range, paged by cursor: {entries: [{id, action, target, details, createdAt, actor}], nextCursor} (admins only)
import { NextResponse, type NextRequest } from "next/server";

import { auditLogQuerySchema, toAuditCursor, type AuditLogPage } from "@/lib/admin/audit/schemas";
import { withAdmin } from "@/lib/api/with-admin";
import { listAuditLog } from "@/lib/audit/list-audit-log";

export const dynamic = "force-dynamic";

export const GET = withAdmin(async (req: NextRequest) => {
  const query = auditLogQuerySchema.parse(Object.fromEntries(req.nextUrl.searchParams));
  // One more than asked: whether there is a next page, without counting the table.
  const rows = await listAuditLog({
    target: query.target,
    actionPrefix: query.action,
    actorEmail: query.actor,
    since: query.from,
    until: query.to,
    limit: query.limit + 1,
    before: query.cursor,
  });
  const entries = rows.slice(0, query.limit);
  const last = entries.at(-1);
  const page: AuditLogPage = { entries, nextCursor: rows.length > query.limit && last ? toAuditCursor(last) : null };
  return NextResponse.json(page, { headers: { "Cache-Control": "no-store" } });
});
