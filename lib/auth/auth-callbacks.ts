import "server-only";

import type { Session, User } from "next-auth";
import type { JWT } from "next-auth/jwt";

import { Role } from "@/generated/prisma/enums";
import { getDb } from "@/lib/db/get-db";
import { getEnv } from "@/lib/env";

import { grantAdminIfListed } from "./admin-emails";

/**
 * Auth.js `jwt` callback. At sign-in (any provider; `user` is set only then) it applies the ADMIN_EMAILS
 * bootstrap and puts the user id (`sub`) and role in the token. Later requests get the token unchanged: the
 * role in it is for display, and decisions that matter read it from the database (get-session-user.ts).
 */
export async function jwtCallback({ token, user, account }: { token: JWT; user?: User | null; account?: { type?: string } | null }): Promise<JWT> {
  if (!user?.id) return token;
  const db = await getDb();
  const row = await db.user.findUnique({ where: { id: user.id }, select: { id: true, email: true, role: true, emailVerified: true } });
  if (!row) return token;
  // Proven: the address received our sign-in link, or an OpenID provider vouches for it (Twitch sends only verified emails).
  const proven = row.emailVerified !== null || account?.type === "oidc";
  return { ...token, sub: row.id, email: row.email, role: await grantAdminIfListed(db, row, proven) };
}

/** Auth.js `session` callback: what useSession()/auth() show, the user's id and role added. */
export function sessionCallback({ session, token }: { session: Session; token: JWT }): Session {
  const role = token.role === Role.ADMIN ? Role.ADMIN : Role.PLAYER;
  return { ...session, user: { ...session.user, id: token.sub ?? "", role } };
}

/**
 * Auth.js `redirect` callback: where a sign-in (an emailed link, OAuth) lands. Auth.js's default compares
 * with the origin Next reports for the request, which is "localhost" behind `next start -H <ip>` or a
 * proxy, so a link to the site's real origin fell back to the home page. The public origin (SITE_URL)
 * counts as ours too; anything else goes home, so no link can send a signed-in user to another site.
 */
export function redirectCallback({ url, baseUrl }: { url: string; baseUrl: string }): string {
  const site = getEnv().SITE_URL;
  const home = site ? new URL(site).origin : baseUrl;
  if (url.startsWith("/") && !url.startsWith("//")) return `${home}${url}`;
  try {
    const origin = new URL(url).origin;
    if (origin === new URL(baseUrl).origin || origin === home) return url;
  } catch {
    // not a URL: fall through to home
  }
  return home;
}
