import "server-only";

import type { Prisma } from "@/generated/prisma/client";
import { getDb } from "@/lib/accounts-db/get-db";

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
  /** Entries by admins whose email contains this, any case (entries by the system or a token never match). */
  actorEmail?: string;
  /** At or after. */
  since?: Date;
  /** Before. */
  until?: Date;
  limit?: number;
  /** Entries older than this one (the last of the previous page), for the next page. */
  before?: { createdAt: string; id: string };
}

/** Newest first (ties by id, so paging never skips or repeats an entry), filtered by target, action, actor and time. */
export async function listAuditLog(options: AuditLogOptions = {}): Promise<AuditEntry[]> {
  const db = await getDb();
  const before = options.before ? new Date(options.before.createdAt) : null;
  // The log has no foreign key to users (entries outlive accounts): the actor filter resolves emails first.
  // Bounded, so a one-letter filter cannot turn into an IN list of every account.
  const actorFilter = options.actorEmail
    ? (
        await db.user.findMany({
          where: { email: { contains: options.actorEmail, mode: "insensitive" } },
          select: { id: true },
          take: 1_000,
        })
      ).map((u) => u.id)
    : undefined;
  if (actorFilter?.length === 0) return [];
  const where: Prisma.AuditLogWhereInput = {
    target: options.target,
    action: options.actionPrefix ? { startsWith: options.actionPrefix } : undefined,
    actorId: actorFilter ? { in: actorFilter } : undefined,
    createdAt: options.since || options.until ? { gte: options.since, lt: options.until } : undefined,
    OR: before && options.before ? [{ createdAt: { lt: before } }, { createdAt: before, id: { lt: options.before.id } }] : undefined,
  };
  const rows = await db.auditLog.findMany({
    where,
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
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
