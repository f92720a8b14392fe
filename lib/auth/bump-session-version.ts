import "server-only";

import type { Prisma, PrismaClient } from "@/generated/prisma/client";

/** Why every session of a user was ended; kept in the audit log. */
export type SessionBumpReason =
  "address-proven" | "password-change" | "password-reset" | "sign-out-everywhere" | "email-change" | "role-change";

/**
 * Ends every session of a user: raises User.sessionVersion, which every session cookie carries from its
 * sign-in (auth-callbacks.ts), so each cookie issued before is refused on its next request (getSessionUser,
 * and Auth.js's jwt callback, which then clears it). Takes a client or a transaction's client, so the bump
 * commits or rolls back with the change that asked for it, and records the reason in the audit log there
 * too. Returns the new version, for a session the same request issues afterwards.
 *
 * @example
 * await db.$transaction(async (tx) => {
 *   await tx.user.update({ where: { id }, data: { passwordHash } });
 *   await bumpSessionVersion(tx, id, "password-change", id);
 * });
 */
export async function bumpSessionVersion(
  db: PrismaClient | Prisma.TransactionClient,
  userId: string,
  reason: SessionBumpReason,
  actorId: string | null = userId,
): Promise<number> {
  const { sessionVersion } = await db.user.update({
    where: { id: userId },
    data: { sessionVersion: { increment: 1 } },
    select: { sessionVersion: true },
  });
  if (reason !== "role-change") {
    await db.auditLog.create({ data: { actorId, action: "user.sessions.revoke", target: `user:${userId}`, details: { reason } } });
  }
  return sessionVersion;
}
