import "server-only";

import { getDb } from "@/lib/accounts-db/get-db";
import { AppError } from "@/lib/errors/app-error";
import { isPrismaError } from "@/lib/errors/prisma-errors";
import { siteUrl } from "@/lib/site";

import { checkPasswordStrength } from "./check-password-strength";
import { hashPassword } from "./password-hash";
import { sendAccountMail } from "./send-account-mail";
import { UserSchema, type SignUpBody, type User } from "./user-schemas";

/**
 * Creates an email + password account (the JSON sign-up beside Auth.js; signing in is Auth.js's credentials
 * flow afterwards). A weak password is AppError("weak_password") with every reason in details. An address that
 * has an account already (in any case, by any sign-in method) is not told to the caller: its owner gets a
 * "you already have an account" mail instead, the call returns null, and the route answers exactly as for a new
 * account (202), after the same argon2 work, so sign-up does not reveal which addresses have accounts.
 * ADMIN_EMAILS does not apply here: a password sign-up does not prove the address (admin-emails.ts).
 *
 * @example
 * const user = await signUp(signUpBodySchema.parse(await readJsonBody(req)));
 */
export async function signUp({ email, password, name }: SignUpBody): Promise<User | null> {
  const problems = checkPasswordStrength(password, { email, name });
  if (problems.length > 0) {
    throw new AppError("weak_password", `Choose a stronger password: ${problems.map((p) => p.message).join(" ")}`, { problems });
  }
  const passwordHash = await hashPassword(password);
  const db = await getDb();
  let user: User;
  try {
    user = await db.user.create({
      data: { email, name: name ?? null, passwordHash },
      select: { id: true, email: true, name: true, role: true },
    });
  } catch (error) {
    // The unique index decides, not a prior lookup, so two sign-ups racing for one address cannot both win.
    if (!isPrismaError(error, "P2002")) throw error;
    await sendAccountMail({
      to: email,
      subject: "You already have a Questlog account",
      paragraphs: [
        "Someone (hopefully you) tried to create a Questlog account with this address, which already has one. Nothing changed.",
        `Sign in at ${siteUrl()}/signin, by password or by emailed link. Forgot the password? Choose a new one at ${siteUrl()}/forgot-password. If it was not you, ignore this email.`,
      ],
    });
    return null;
  }
  return UserSchema.parse(user);
}
