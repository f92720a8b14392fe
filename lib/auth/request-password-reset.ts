import "server-only";

import { getDb } from "@/lib/accounts-db/get-db";
import { siteUrl } from "@/lib/site";

import { assertAccountRateLimit } from "./assert-auth-rate-limit";
import { createAccountToken } from "./create-account-token";
import { sendAccountMail } from "./send-account-mail";

/**
 * "Forgot your password?": mails the account's address a link to choose a new password (single use, 1 hour,
 * stored hashed; create-account-token.ts). Answers the same whether the address has an account or not, so it
 * tells nobody which addresses do; rate-limited per client and per address (the same machinery as sign-in,
 * lib/auth/assert-auth-rate-limit.ts), over which it is AppError("rate_limited"). The link goes to SITE_URL,
 * never to a host a request named. An account without a password (emailed links, OAuth) sets its first one
 * this way.
 *
 * @example
 * await requestPasswordReset("ada@example.com", req.headers); // then 202 whatever happened
 */
export async function requestPasswordReset(email: string, headers: Headers): Promise<void> {
  await assertAccountRateLimit("passwordReset", headers, email, "Too many reset requests. Try again later.");
  const db = await getDb();
  const user = await db.user.findUnique({ where: { email }, select: { id: true } });
  if (!user) return;
  const token = await createAccountToken(db, user.id, "PASSWORD_RESET");
  await sendAccountMail({
    to: email,
    subject: "Reset your Questlog password",
    paragraphs: [
      "Someone (hopefully you) asked to choose a new password for your Questlog account. Use this link:",
      "It works once, within an hour. Choosing a new password signs you out on every device. If you did not ask, ignore this email: your password stays as it is.",
    ],
    link: { url: `${siteUrl()}/reset-password?token=${token}`, label: "Choose a new password" },
  });
}
