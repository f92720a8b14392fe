import "server-only";

import { getDb } from "@/lib/accounts-db/get-db";
import { AppError } from "@/lib/errors/app-error";
import { isPrismaError } from "@/lib/errors/prisma-errors";

import { consumeAccountToken } from "./consume-account-token";

/**
 * Makes the change an email-change link asked for: the account's address becomes the new one, proven (the link
 * reached it). The token is used up; unknown, used and expired ones are AppError("invalid_token"), and an address
 * another account took in the meantime is AppError("email_taken"). Sessions stay: the account is the same, and
 * its owner just proved a second mailbox. Returns the new address.
 *
 * @example
 * const { email } = await confirmEmailChange(body.token);
 */
export async function confirmEmailChange(token: string): Promise<{ email: string }> {
  const db = await getDb();
  try {
    return await db.$transaction(async (tx) => {
      const { userId, newEmail } = await consumeAccountToken(tx, "EMAIL_CHANGE", token);
      if (!newEmail) throw new AppError("invalid_token", "This link has expired or was already used. Ask for a new one.");
      const { email: from } = await tx.user.findUniqueOrThrow({ where: { id: userId }, select: { email: true } });
      await tx.user.update({ where: { id: userId }, data: { email: newEmail, emailVerified: new Date() } });
      // Links mailed to the old address no longer describe this account.
      await tx.accountToken.deleteMany({ where: { userId } });
      await tx.auditLog.create({
        data: {
          actorId: userId,
          action: "user.email.update",
          target: `user:${userId}`,
          details: { fromDomain: from.split("@").pop(), toDomain: newEmail.split("@").pop() },
        },
      });
      return { email: newEmail };
    });
  } catch (error) {
    if (isPrismaError(error, "P2002")) throw new AppError("email_taken", "Another account uses that address now.");
    throw error;
  }
}
