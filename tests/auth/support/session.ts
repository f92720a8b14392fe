// The test seam for signed-in requests: a real Auth.js session cookie, minted with Auth.js's own encode() under
// the app's secret and the cookie name as salt (what Auth.js does at sign-in), and sent to the real route
// handlers, which decode it through Auth.js. Nothing of ours is mocked; tests/auth/auth-js-flow.test.ts shows
// a cookie from a real sign-in and a minted one are read alike.
import { encode } from "next-auth/jwt";

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

/** A Cookie header value that signs `user` in. */
export async function sessionCookie(user: { id: string; email: string }, options: SessionOptions = {}): Promise<string> {
  const { secret = TEST_AUTH_SECRET, cookieName = SESSION_COOKIE, maxAge = 3600, claims = {} } = options;
  const token = await encode({ token: { sub: user.id, email: user.email, ...claims }, secret, salt: cookieName, maxAge });
  return `${cookieName}=${token}`;
}
