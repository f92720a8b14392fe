import "server-only";

import { getDb } from "@/lib/accounts-db/get-db";
import type { AdminActor } from "@/lib/auth/admin-actor";
import { LastAdminError, setUserRole } from "@/lib/auth/set-user-role";
import { AppError } from "@/lib/errors/app-error";

import type { AdminUser, AdminUserRole } from "./schemas";
import { adminUserSelect, toAdminUser } from "./to-admin-user";

/**
 * Promotes or demotes a user from the console, audit-logged with the acting admin in the same transaction
 * (lib/auth/set-user-role.ts). Refused with a 409: demoting yourself (so nobody locks themselves out by a
 * slip; another admin can do it) and demoting the last admin. Asking for the role the user has already is
 * a no-op, not an audit entry. Takes effect at once: every request reads the role from the database.
 */
export async function changeUserRole(
  actor: AdminActor,
  userId: string,
  role: AdminUserRole,
): Promise<{ user: AdminUser; changed: boolean }> {
  const db = await getDb();
  const user = await db.user.findUnique({ where: { id: userId }, select: { id: true, role: true } });
  if (!user) throw new AppError("not_found", "No user has that id.");
  if (user.role === role)
    return { user: toAdminUser(await db.user.findUniqueOrThrow({ where: { id: userId }, select: adminUserSelect })), changed: false };
  if (role !== "ADMIN" && actor.id === userId) {
    throw new AppError("conflict", "You cannot remove your own admin role: ask another admin to do it.", { reason: "self_demotion" });
  }
  try {
    // A script's token has no user id: `via` tells it from the system, as recordAudit does for other actions.
    await setUserRole(db, user, role, actor.via === "token" ? "admin-api-token" : "admin-console", actor.id);
  } catch (error) {
    if (error instanceof LastAdminError) throw new AppError("conflict", error.message, { reason: "last_admin" });
    throw error;
  }
  return { user: toAdminUser(await db.user.findUniqueOrThrow({ where: { id: userId }, select: adminUserSelect })), changed: true };
}
