import "server-only";

import type { Prisma } from "@/generated/prisma/client";

/**
 * Account pre-hijacking: anyone can sign up with a password for an address that is not theirs, sign in and keep
 * the cookie, or link their own OAuth account. When the address's owner first proves it (an emailed sign-in
 * link, a password-reset link), all of that is undone inside the caller's transaction: emailVerified is set, a
 * password set before the proof is dropped, and OAuth accounts linked before it are unlinked (the owner can link
 * theirs again, now proven). The caller bumps the session version (bumpSessionVersion) when this returns true,
 * so every session issued before the proof ends. Later proofs change nothing and return false.
 *
 * @example
 * await db.$transaction(async (tx) => {
 *   if (await markAddressProven(tx, userId)) await bumpSessionVersion(tx, userId, "address-proven");
 * });
 */
export async function markAddressProven(tx: Prisma.TransactionClient, userId: string): Promise<boolean> {
  const before = await tx.user.findUnique({ where: { id: userId }, select: { emailVerified: true, passwordHash: true } });
  if (!before || before.emailVerified) return false;
  // Guarded by emailVerified IS NULL, so of two links used at once only one does this.
  const { count } = await tx.user.updateMany({
    where: { id: userId, emailVerified: null },
    data: { emailVerified: new Date(), passwordHash: null },
  });
  if (count === 0) return false;
  if (before.passwordHash) {
    await tx.auditLog.create({
      data: {
        actorId: userId,
        action: "user.password.drop",
        target: `user:${userId}`,
        details: { reason: "set before the address was proven" },
      },
    });
  }
  const unlinked = await tx.account.findMany({ where: { userId }, select: { provider: true } });
  if (unlinked.length > 0) {
    await tx.account.deleteMany({ where: { userId } });
    await tx.auditLog.create({
      data: {
        actorId: userId,
        action: "user.accounts.unlink",
        target: `user:${userId}`,
        details: { reason: "linked before the address was proven", providers: unlinked.map((a) => a.provider) },
      },
    });
  }
  return true;
}
