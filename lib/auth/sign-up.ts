import "server-only";

import { AppError } from "@/lib/api/errors";
import { isPrismaError } from "@/lib/api/prisma-errors";
import { getDb } from "@/lib/db/get-db";

import { checkPasswordStrength } from "./check-password-strength";
import { hashPassword } from "./password-hash";
import { UserSchema, type SignUpBody, type User } from "./user-schemas";

/**
 * Creates an email + password account (the JSON sign-up beside Auth.js; signing in is Auth.js's credentials
 * flow afterwards). A weak password is AppError("weak_password") with every reason in details; an email that
 * has an account in any case, by any sign-in method, is AppError("email_taken").
 * ADMIN_EMAILS does not apply here: a password sign-up does not prove the address (admin-emails.ts).
 *
 * @example
 * const user = await signUp(signUpBodySchema.parse(await readJsonBody(req)));
 */
export async function signUp({ email, password, name }: SignUpBody): Promise<User> {
  const problems = checkPasswordStrength(password, { email, name });
  if (problems.length > 0) {
    throw new AppError("weak_password", `Choose a stronger password: ${problems.map((p) => p.message).join(" ")}`, { problems });
  }
  const passwordHash = await hashPassword(password);
  const db = await getDb();
  let user: User;
  try {
    user = await db.user.create({ data: { email, name: name ?? null, passwordHash }, select: { id: true, email: true, name: true, role: true } });
  } catch (error) {
    // The unique index decides, not a prior lookup, so two sign-ups racing for one address cannot both win.
    if (isPrismaError(error, "P2002")) throw new AppError("email_taken", "An account with this email address exists. Sign in instead.");
    throw error;
  }
  return UserSchema.parse(user);
}
