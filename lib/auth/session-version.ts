import type { JWT } from "next-auth/jwt";

/**
 * The session version a token was issued under (User.sessionVersion, lib/auth/bump-session-version.ts). Tokens
 * from before versions existed carry none and count as 0, the column's default: they stay valid until the
 * first bump of their user, and no longer.
 */
export function tokenSessionVersion(token: JWT): number {
  return typeof token.sessionVersion === "number" ? token.sessionVersion : 0;
}
