import "server-only";

import type { PrismaClient } from "@/generated/prisma/client";
import type { Role } from "@/generated/prisma/enums";

import { bumpSessionVersion } from "./bump-session-version";

/** How a role changed, recorded as the audit entry's `via` ("admin-api-token" as recordAudit writes it). */
export type RoleChangeSource = "admin-emails" | "cli" | "admin-console" | "admin-api-token";

/** Refused: the change would leave no admin at all (nobody could run /admin or promote anyone again). */
export class LastAdminError extends Error {
  constructor() {
    super("This is the last admin: promote someone else first.");
    this.name = "LastAdminError";
  }
}

/**
 * Sets a user's role and records it in the audit log, in one transaction so that no role change goes
 * unrecorded: by the system (`actorId` null, `via` says how) or by an admin in the console (`actorId`).
 * Every session of the user ends (bumpSessionVersion). A demotion never removes the last admin: the admin
 * rows are locked (FOR UPDATE) before counting, so two admins demoting each other at the same moment cannot
 * both succeed. Returns the role before the change.
 *
 * @example
 * await setUserRole(db, { id }, "PLAYER", "admin-console", admin.id); // throws LastAdminError for the last one
 */
export async function setUserRole(
  db: PrismaClient,
  user: { id: string },
  role: Role,
  via: RoleChangeSource,
  actorId: string | null = null,
): Promise<Role> {
  return db.$transaction(async (tx) => {
    if (role !== "ADMIN") {
      const admins = await tx.$queryRaw<Array<{ id: string }>>`SELECT id FROM "User" WHERE role = 'ADMIN' FOR UPDATE`;
      if (admins.length <= 1 && admins.some((a) => a.id === user.id)) throw new LastAdminError();
    }
    const { role: from } = await tx.user.findUniqueOrThrow({ where: { id: user.id }, select: { role: true } });
    await tx.user.update({ where: { id: user.id }, data: { role } });
    await tx.auditLog.create({
      data: { actorId, action: "user.role.update", target: `user:${user.id}`, details: { from, to: role, via } },
    });
    // Sessions issued under the old role end: one that was copied or kept by someone else does not carry
    // the new role (ADMIN_EMAILS promotes an address as its owner proves it, not whoever signed up first).
    await bumpSessionVersion(tx, user.id, "role-change", actorId);
    return from;
  });
}
