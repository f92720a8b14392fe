import "server-only";

import type { PrismaClient } from "@/generated/prisma/client";
import type { Role } from "@/generated/prisma/enums";

/** How a role change came about, kept in the audit log. */
export type RoleChangeSource = "admin-emails" | "cli";

/**
 * Sets a user's role and records who changed it (the system, `via`) in the audit log, in one transaction so
 * that no role change goes unrecorded.
 */
export async function setUserRole(db: PrismaClient, user: { id: string; role: Role }, role: Role, via: RoleChangeSource): Promise<void> {
  await db.$transaction([
    db.user.update({ where: { id: user.id }, data: { role } }),
    db.auditLog.create({
      data: { actorId: null, action: "user.role.update", target: `user:${user.id}`, details: { from: user.role, to: role, via } },
    }),
  ]);
}
