// The test seam for signed-in requests: a real Auth.js session cookie, minted with Auth.js's own encode() under
// the app's secret and the cookie name as salt (what Auth.js does at sign-in), and sent to the real route
// handlers, which decode it through Auth.js. Nothing of ours is mocked; tests/auth/auth-js-flow.test.ts shows
// a cookie from a real sign-in and a minted one are read alike.
import { encode } from "next-auth/jwt";

import { getDb } from "@/lib/accounts-db/get-db";
import { SESSION_COOKIE } from "@/lib/auth/session-cookie";

import { TEST_AUTH_SECRET } from "./accounts-test-env";

export interface SessionOptions {
  secret?: string;
  cookieName?: string;
  /** Seconds until the token expires; negative for one that has. */
  maxAge?: number;
  /** Claims to put in the token beside sub and email (e.g. a forged role). */
  claims?: Record<string, unknown>;
}

/**
 * A Cookie header value that signs `user` in, under the user's current session version as a real sign-in puts it
 * in the token (0 for a user the database does not have); `claims.sessionVersion` overrides it.
 */
export async function sessionCookie(user: { id: string; email: string }, options: SessionOptions = {}): Promise<string> {
  const { secret = TEST_AUTH_SECRET, cookieName = SESSION_COOKIE, maxAge = 3600, claims = {} } = options;
  const row = await (await getDb()).user.findUnique({ where: { id: user.id }, select: { sessionVersion: true } });
  const token = await encode({
    token: { sub: user.id, email: user.email, sessionVersion: row?.sessionVersion ?? 0, ...claims },
    secret,
    salt: cookieName,
    maxAge,
  });
  return `${cookieName}=${token}`;
}
