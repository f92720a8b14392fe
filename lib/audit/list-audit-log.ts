import "server-only";

import type { Prisma } from "@/generated/prisma/client";
import { getDb } from "@/lib/db/get-db";

export interface AuditEntry {
  id: string;
  action: string;
  target: string;
  details: unknown;
  createdAt: string;
  actor: { id: string; email: string | null } | null;
}

export interface AuditLogOptions {
  /** One target exactly ("job:email:12"). */
  target?: string;
  /** Actions starting with this ("job."). */
  actionPrefix?: string;
  limit?: number;
  /** Entries older than this one (the last of the previous page), for the next page. */
  before?: { createdAt: string; id: string };
}

/** Newest first (ties by id, so paging never skips or repeats an entry), optionally for one target or action prefix. */
export async function listAuditLog(options: AuditLogOptions = {}): Promise<AuditEntry[]> {
  const db = await getDb();
  const before = options.before ? new Date(options.before.createdAt) : null;
  const where: Prisma.AuditLogWhereInput = {
    target: options.target,
    action: options.actionPrefix ? { startsWith: options.actionPrefix } : undefined,
    OR: before && options.before
      ? [{ createdAt: { lt: before } }, { createdAt: before, id: { lt: options.before.id } }]
      : undefined,
  };
  const rows = await db.auditLog.findMany({ where, orderBy: [{ createdAt: "desc" }, { id: "desc" }], take: Math.min(options.limit ?? 100, 500) });
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
