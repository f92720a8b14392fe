import "server-only";

import { getDb } from "@/lib/accounts-db/get-db";

import type { DeleteAccountBody } from "./account-schemas";
import { assertReauthenticated } from "./assert-reauthenticated";
import { sendAccountMail } from "./send-account-mail";

/**
 * Deletes an account for good, after re-authentication (the current password, or a sign-in within 10 minutes).
 * The user row goes, and with it (ON DELETE CASCADE) the library, the wishlist, linked OAuth accounts, pending
 * account links and any session rows; the session cookie then names no user and is refused everywhere. The audit
 * log keeps its entries (they name the account by its random id only, which no longer leads to a person) and
 * gains one for the deletion, without the address. Carts and entitlements go the same way (cascade); orders are
 * kept for accounting: their buyer address is cleared here in the same transaction, and the foreign key (ON
 * DELETE SET NULL) clears the buyer, so they stay as anonymous orders. A notice goes to the old address.
 *
 * @example
 * await deleteAccount(user.id, body, token?.authTime, req.headers);
 */
export async function deleteAccount(
  userId: string,
  { password }: DeleteAccountBody,
  authTime: number | undefined,
  headers: Headers,
): Promise<void> {
  await assertReauthenticated(userId, password, authTime, headers);
  const db = await getDb();
  const { email } = await db.$transaction(async (tx) => {
    await tx.order.updateMany({ where: { userId }, data: { email: null } });
    const deleted = await tx.user.delete({ where: { id: userId }, select: { email: true } });
    await tx.auditLog.create({
      data: { actorId: null, action: "user.delete", target: `user:${userId}`, details: { via: "self-service" } },
    });
    return deleted;
  });
  await sendAccountMail({
    to: email,
    subject: "Your Questlog account was deleted",
    paragraphs: [
      "Your Questlog account, its library and its wishlist have been deleted. You can create a new account with this address at any time.",
    ],
  });
}
