import "server-only";

import { getToken } from "next-auth/jwt";

import type { Role } from "@/generated/prisma/enums";
import { getDb } from "@/lib/db/get-db";
import { getEnv } from "@/lib/env";

import { getAuthSecret } from "./get-auth-secret";
import { tokenSessionVersion } from "./session-version";
import { SECURE_SESSION_COOKIE, SESSION_COOKIE } from "./session-cookie";

export interface SessionUser {
  id: string;
  email: string;
  /** From the database, not the token: a demotion or a deleted account takes effect on the next request. */
  role: Role;
}

// Large sessions are split into name.0, name.1, … cookies by Auth.js.
const SECURE_COOKIE_PRESENT = new RegExp(`(?:^|;\\s*)${SECURE_SESSION_COOKIE.replace(/[.-]/g, "\\$&")}(?:\\.\\d+)?=`);

/**
 * The signed-in user of a request, or null: the Auth.js session cookie decrypted by Auth.js's own getToken
 * with our secret, then the user read from the database by the token's subject. A token issued under an older
 * session version (a password change, "sign out everywhere", the address's first proof, a role change since)
 * is no session.
 *
 * @example
 * const user = await getSessionUser(req); // { id, email, role } | null
 */
export async function getSessionUser(request: Request): Promise<SessionUser | null> {
  const cookie = request.headers.get("cookie");
  if (!cookie) return null;
  const secureCookie = acceptsOnlySecureCookie() || SECURE_COOKIE_PRESENT.test(cookie);
  // Only the cookie is passed on: getToken would also take a bearer token, and Authorization here means the
  // admin API token (lib/api/require-admin.ts).
  const token = await getToken({
    req: { headers: { cookie } },
    secret: getAuthSecret(),
    secureCookie,
    cookieName: secureCookie ? SECURE_SESSION_COOKIE : SESSION_COOKIE,
  });
  if (!token?.sub) return null;
  const db = await getDb();
  const user = await db.user.findUnique({ where: { id: token.sub }, select: { id: true, email: true, role: true, sessionVersion: true } });
  if (!user || user.sessionVersion !== tokenSessionVersion(token)) return null;
  return { id: user.id, email: user.email, role: user.role };
}

// Which of the two names Auth.js used depends on the scheme the browser saw, which a proxy may hide from us, so
// over plain HTTP either is taken. On an HTTPS site (SITE_URL https) only the __Secure- one is: a plain-named
// cookie there can only have been planted (from a sibling subdomain, or over HTTP by a man in the middle) to
// sign the victim in as the attacker (login CSRF).
function acceptsOnlySecureCookie(): boolean {
  const site = getEnv().SITE_URL;
  return site !== undefined && site !== "" && new URL(site).protocol === "https:";
}
