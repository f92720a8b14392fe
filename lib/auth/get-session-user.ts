import "server-only";

import { getToken, type JWT } from "next-auth/jwt";

import type { Role } from "@/generated/prisma/enums";
import { getDb } from "@/lib/accounts-db/get-db";
import { getAuthSecret } from "@/lib/security/get-auth-secret";

import { sessionCookieName } from "./session-cookie-name";
import { tokenSessionVersion } from "./session-version";

export interface SessionUser {
  id: string;
  email: string;
  /** From the database, not the token: a demotion or a deleted account takes effect on the next request. */
  role: Role;
}

/**
 * The decrypted Auth.js session token of a request's cookie, unchecked against the database, or null.
 * Only the cookie is passed on: getToken would also take a bearer token, and Authorization here means the admin
 * API token (lib/api/require-admin.ts).
 */
export async function readSessionToken(request: Request): Promise<JWT | null> {
  const cookie = request.headers.get("cookie");
  if (!cookie) return null;
  const { name, secure } = sessionCookieName(cookie);
  return getToken({ req: { headers: { cookie } }, secret: getAuthSecret(), secureCookie: secure, cookieName: name });
}

/**
 * The signed-in user of a request, or null: the Auth.js session cookie decrypted by Auth.js's own getToken
 * with our secret, then the user read from the database by the token's subject. A token issued under an older
 * session version (the address's first proof, a password change or reset, "sign out everywhere", a role change
 * since) is no session.
 *
 * @example
 * const user = await getSessionUser(req); // { id, email, role } | null
 */
export async function getSessionUser(request: Request): Promise<SessionUser | null> {
  return (await getSession(request))?.user ?? null;
}

/** getSessionUser with the token it was read from (for its sign-in time, or to re-issue it). */
export async function getSession(request: Request): Promise<{ user: SessionUser; token: JWT } | null> {
  const token = await readSessionToken(request);
  if (!token?.sub) return null;
  const db = await getDb();
  const user = await db.user.findUnique({ where: { id: token.sub }, select: { id: true, email: true, role: true, sessionVersion: true } });
  if (!user || user.sessionVersion !== tokenSessionVersion(token)) return null;
  return { user: { id: user.id, email: user.email, role: user.role }, token };
}
