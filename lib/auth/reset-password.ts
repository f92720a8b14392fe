import "server-only";

import { getDb } from "@/lib/accounts-db/get-db";
import { AppError } from "@/lib/errors/app-error";

import type { PasswordResetBody } from "./account-schemas";
import { bumpSessionVersion } from "./bump-session-version";
import { checkPasswordStrength } from "./check-password-strength";
import { consumeAccountToken } from "./consume-account-token";
import { markAddressProven } from "./mark-address-proven";
import { hashPassword } from "./password-hash";

/**
 * Sets a new password from an emailed reset link, which then works no more; unknown, used and expired links are
 * AppError("invalid_token"). A weak password is AppError("weak_password") and leaves the link usable. The link proves
 * the mailbox, so an address proven for the first time this way gets the first-proof treatment
 * (markAddressProven: OAuth links made before are removed). Every session ends (the session version is bumped);
 * the user then signs in with the new password.
 *
 * @example
 * await resetPassword(passwordResetBodySchema.parse(await readJsonBody(req)));
 */
export async function resetPassword({ token, password }: PasswordResetBody): Promise<void> {
  const db = await getDb();
  const { userId } = await db.$transaction(async (tx) => {
    const consumed = await consumeAccountToken(tx, "PASSWORD_RESET", token);
    const user = await tx.user.findUniqueOrThrow({ where: { id: consumed.userId }, select: { email: true, name: true } });
    const problems = checkPasswordStrength(password, user);
    // Thrown inside the transaction: it rolls back, and the link still works for a better password.
    if (problems.length > 0)
      throw new AppError("weak_password", `Choose a stronger password: ${problems.map((p) => p.message).join(" ")}`, { problems });
    return consumed;
  });
  const passwordHash = await hashPassword(password);
  await db.$transaction(async (tx) => {
    await markAddressProven(tx, userId);
    await tx.user.update({ where: { id: userId }, data: { passwordHash } });
    await tx.accountToken.deleteMany({ where: { userId, purpose: "PASSWORD_RESET" } });
    await bumpSessionVersion(tx, userId, "password-reset");
  });
}
