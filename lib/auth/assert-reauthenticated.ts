import "server-only";

import { getDb } from "@/lib/accounts-db/get-db";
import { AppError } from "@/lib/errors/app-error";

import { assertAccountRateLimit, recordSignInFailure } from "./assert-auth-rate-limit";
import { verifyPassword } from "./password-hash";

/** How recent a sign-in must be to stand in for a password an account does not have (OAuth, emailed links). */
export const RECENT_SIGN_IN_SECONDS = 10 * 60;

/**
 * Checks that whoever holds this session is the account's owner before a sensitive change: the current password
 * when the account has one (counted against the sign-in limits, so a stolen cookie cannot guess it freely), else
 * a sign-in within the last 10 minutes (`authTime` in the session token). Throws AppError: 403 wrong_password,
 * 403 reauthentication_required (sign in again, then retry), 429 rate_limited.
 *
 * @example
 * await assertReauthenticated(user.id, body.password, token?.authTime, req.headers);
 */
export async function assertReauthenticated(
  userId: string,
  password: string | undefined,
  authTime: number | undefined,
  headers: Headers,
): Promise<void> {
  const db = await getDb();
  const { email, passwordHash } = await db.user.findUniqueOrThrow({ where: { id: userId }, select: { email: true, passwordHash: true } });
  if (passwordHash) {
    await assertAccountRateLimit("signIn", headers, email);
    if (!password || !(await verifyPassword(passwordHash, password))) {
      await recordSignInFailure(email);
      throw new AppError("wrong_password", "Your current password is not right.");
    }
    return;
  }
  if (authTime === undefined || Date.now() / 1000 - authTime > RECENT_SIGN_IN_SECONDS) {
    throw new AppError(
      "reauthentication_required",
      "Sign in again (by emailed link or your provider), then try once more within 10 minutes.",
    );
  }
}
