import "server-only";

import { getDb } from "@/lib/db/get-db";

export interface AuditEntry {
  id: string;
  action: string;
  target: string;
  details: unknown;
  createdAt: string;
  actor: { id: string; email: string | null } | null;
}

/** Newest first, optionally for one target ("job:email:12") or one action prefix ("job."). */
export async function listAuditLog(options: { target?: string; actionPrefix?: string; limit?: number } = {}): Promise<AuditEntry[]> {
  const db = await getDb();
  const rows = await db.auditLog.findMany({
    where: { target: options.target, action: options.actionPrefix ? { startsWith: options.actionPrefix } : undefined },
    orderBy: { createdAt: "desc" },
    take: Math.min(options.limit ?? 100, 500),
  });
  const actorIds = [...new Set(rows.flatMap((r) => (r.actorId ? [r.actorId] : [])))];
  const users = actorIds.length ? await db.user.findMany({ where: { id: { in: actorIds } }, select: { id: true, email: true } }) : [];
  const emails = new Map(users.map((u) => [u.id, u.email]));
  return rows.map((r) => ({
    id: r.id,
    action: r.action,
    target: r.target,
    details: r.details,
    createdAt: r.createdAt.toISOString(),
    actor: r.actorId ? { id: r.actorId, email: emails.get(r.actorId) ?? null } : null,
  }));
}
