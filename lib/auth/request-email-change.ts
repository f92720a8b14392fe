import "server-only";

import { getDb } from "@/lib/accounts-db/get-db";
import { AppError } from "@/lib/errors/app-error";
import { siteUrl } from "@/lib/site";

import type { EmailChangeBody } from "./account-schemas";
import { assertAccountRateLimit } from "./assert-auth-rate-limit";
import { assertReauthenticated } from "./assert-reauthenticated";
import { createAccountToken } from "./create-account-token";
import { sendAccountMail } from "./send-account-mail";

/**
 * Starts an email change: after re-authentication (the current password, or a recent sign-in), mails the NEW
 * address a link that makes the change (single use, 1 hour, stored hashed), and the current address a notice.
 * Nothing changes until the link is used, so a typo or someone else's address changes nothing. When the new
 * address already has an account, that address is told so instead of getting a link, and the caller sees the
 * same answer (no enumeration through this form either).
 *
 * @example
 * await requestEmailChange(user.id, body, token?.authTime, req.headers); // then 202
 */
export async function requestEmailChange(
  userId: string,
  { newEmail, password }: EmailChangeBody,
  authTime: number | undefined,
  headers: Headers,
): Promise<void> {
  const db = await getDb();
  const user = await db.user.findUniqueOrThrow({ where: { id: userId }, select: { email: true } });
  if (newEmail === user.email)
    throw new AppError("invalid_parameters", "That is your address already.", { fields: { newEmail: ["unchanged"] } });
  await assertReauthenticated(userId, password, authTime, headers);
  // Each request mails the new address: the sign-in link limits per client and per address bound that too.
  await assertAccountRateLimit("magicLink", headers, newEmail, "Too many requests for that address. Try again later.");
  const taken = await db.user.findUnique({ where: { email: newEmail }, select: { id: true } });
  if (taken) {
    await sendAccountMail({
      to: newEmail,
      subject: "Your address is already on Questlog",
      paragraphs: [
        "Someone asked to move another Questlog account to this address, but this address already has an account, so nothing changed.",
        "If it was you, sign in to the account that uses this address instead. If not, ignore this email.",
      ],
    });
  } else {
    const token = await createAccountToken(db, userId, "EMAIL_CHANGE", newEmail);
    await sendAccountMail({
      to: newEmail,
      subject: "Confirm your new Questlog address",
      paragraphs: [
        `Use this link to make ${newEmail} the address of your Questlog account:`,
        "It works once, within an hour. If you did not ask for this, ignore this email: nothing changes.",
      ],
      link: { url: `${siteUrl()}/confirm-email?token=${token}`, label: "Confirm the new address" },
    });
  }
  await sendAccountMail({
    to: user.email,
    subject: "Your Questlog address is about to change",
    paragraphs: [
      `Someone signed in to your Questlog account asked to change its address to ${newEmail}. It changes once the link sent there is used.`,
      "If this was not you, change your password and use \u201cSign out everywhere\u201d in your account settings.",
    ],
  });
}
