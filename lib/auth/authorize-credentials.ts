import "server-only";

import { z } from "zod";

import { getDb } from "@/lib/accounts-db/get-db";

import { assertAuthRateLimit, recordSignInFailure } from "./assert-auth-rate-limit";
import { PASSWORD_MAX_LENGTH } from "./check-password-strength";
import { getDummyPasswordHash, verifyPassword } from "./password-hash";

const credentialsSchema = z.object({
  email: z.string().trim().toLowerCase().max(254).pipe(z.email()),
  // Longer than any password sign-up accepts: refuse before hashing rather than spend argon2 on it.
  password: z
    .string()
    .min(1)
    .max(PASSWORD_MAX_LENGTH * 4),
});

export interface AuthorizedUser {
  id: string;
  email: string;
  name: string | null;
  image: string | null;
}

/**
 * Auth.js Credentials `authorize`: the user for a right email and password, else null (Auth.js then answers
 * CredentialsSignin). Every failure looks and takes the same: an unknown email, an account without a password
 * (OAuth or magic link only) and a wrong password all verify one argon2 hash and return null.
 * Throws SignInRateLimited when the client is over the sign-in limit or the email over its failed-attempt limit.
 *
 * @example
 * Credentials({ credentials: { email: {}, password: {} }, authorize: authorizeCredentials });
 */
export async function authorizeCredentials(
  credentials: Partial<Record<string, unknown>>,
  request: Request,
): Promise<AuthorizedUser | null> {
  const parsed = credentialsSchema.safeParse(credentials);
  // Counted before anything else, invalid attempts included.
  await assertAuthRateLimit("signIn", request.headers, typeof credentials.email === "string" ? credentials.email : "");
  if (!parsed.success) return null;
  const { email, password } = parsed.data;
  const db = await getDb();
  const user = await db.user.findUnique({
    where: { email },
    select: { id: true, email: true, name: true, image: true, passwordHash: true },
  });
  const matches = await verifyPassword(user?.passwordHash ?? (await getDummyPasswordHash()), password);
  if (!user?.passwordHash || !matches) {
    // Only failures count against the email: its owner signing in uses none of the allowance.
    await recordSignInFailure(email);
    return null;
  }
  return { id: user.id, email: user.email, name: user.name, image: user.image };
}
