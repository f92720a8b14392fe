import "server-only";

import { getDb } from "@/lib/accounts-db/get-db";
import { AppError } from "@/lib/errors/app-error";

import type { ChangePasswordBody } from "./account-schemas";
import { assertReauthenticated } from "./assert-reauthenticated";
import { bumpSessionVersion } from "./bump-session-version";
import { checkPasswordStrength } from "./check-password-strength";
import { hashPassword } from "./password-hash";

/**
 * Changes the password of an account that has one, after checking the current one (assertReauthenticated). A
 * weak new password is AppError("weak_password") with its reasons. Every session ends (the session version is
 * bumped, audit-logged); the route re-issues the caller's own cookie with the returned version. Accounts without
 * a password (emailed links, OAuth) set one through the emailed reset link instead, which proves the mailbox:
 * a copied session alone cannot add a lasting way in.
 *
 * @example
 * const sessionVersion = await changePassword(user.id, body, req.headers);
 */
export async function changePassword(
  userId: string,
  { currentPassword, newPassword }: ChangePasswordBody,
  headers: Headers,
): Promise<number> {
  const db = await getDb();
  const user = await db.user.findUniqueOrThrow({ where: { id: userId }, select: { email: true, name: true, passwordHash: true } });
  if (!user.passwordHash)
    throw new AppError("conflict", "This account has no password yet: set one with the emailed link (\u201cForgot your password?\u201d).", {
      reason: "no_password",
    });
  await assertReauthenticated(userId, currentPassword, undefined, headers);
  const problems = checkPasswordStrength(newPassword, user);
  if (problems.length > 0)
    throw new AppError("weak_password", `Choose a stronger password: ${problems.map((p) => p.message).join(" ")}`, { problems });
  const passwordHash = await hashPassword(newPassword);
  return db.$transaction(async (tx) => {
    await tx.user.update({ where: { id: userId }, data: { passwordHash } });
    await tx.accountToken.deleteMany({ where: { userId, purpose: "PASSWORD_RESET" } });
    return bumpSessionVersion(tx, userId, "password-change");
  });
}
