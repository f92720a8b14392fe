import "server-only";

import type { Session, User } from "next-auth";
import type { JWT } from "next-auth/jwt";

import { Role } from "@/generated/prisma/enums";
import { getDb } from "@/lib/accounts-db/get-db";
import { getEnv } from "@/lib/env";

import { grantAdminIfListed } from "./admin-emails";
import { tokenSessionVersion } from "./session-version";
import { setSignedInHint } from "./set-signed-in-hint";

/**
 * Auth.js `jwt` callback, run at sign-in and on every later read of the session (auth(), /api/auth/session).
 * At sign-in (any provider; `user` is set only then) it applies the ADMIN_EMAILS bootstrap and puts the user
 * id (`sub`), role and session version in the token. On every later call it checks the token against the
 * database: a deleted user, or a session version bumped since the token was issued (bump-session-version.ts),
 * answers null, and Auth.js clears the cookie. The role in the token is for display; decisions that matter
 * read it from the database (get-session-user.ts).
 */
export async function jwtCallback({ token, user }: { token: JWT; user?: User | null }): Promise<JWT | null> {
  const db = await getDb();
  if (!user?.id) {
    if (!token.sub) return null;
    const row = await db.user.findUnique({ where: { id: token.sub }, select: { email: true, role: true, sessionVersion: true } });
    if (!row || row.sessionVersion !== tokenSessionVersion(token)) return null;
    return { ...token, email: row.email, role: row.role };
  }
  const row = await db.user.findUnique({ where: { id: user.id }, select: { id: true, email: true, role: true, emailVerified: true } });
  if (!row) return null;
  // Proven: the address received our sign-in link, or a provider vouched for it when the account was made
  // (auth-providers.ts marks those emailVerified). A sign-in through a linked OAuth account proves nothing
  // about this row's address: the provider's email may be another one.
  const role = await grantAdminIfListed(db, row, row.emailVerified !== null);
  // Read after the bootstrap: a promotion bumps the version, and this new session is the one that stays valid.
  const { sessionVersion } = await db.user.findUniqueOrThrow({ where: { id: row.id }, select: { sessionVersion: true } });
  // Sign-in may land on a prerendered page, which proxy.ts never sees: its islands need the hint now.
  await setSignedInHint(true);
  // authTime: when the user last proved who they are, for actions that ask for a recent sign-in (deleting the account).
  return { ...token, sub: row.id, email: row.email, role, sessionVersion, authTime: Math.floor(Date.now() / 1000) };
}

/**
 * Auth.js `signIn` callback: an OAuth sign-in goes ahead only with an email the provider has verified (GitHub's
 * verified primary address, Twitch's email_verified claim; oauth-provider-options.ts). Other methods prove or
 * check the address themselves.
 */
export function signInCallback({
  account,
  profile,
}: {
  account?: { type?: string } | null;
  profile?: { email_verified?: unknown } | null;
}): boolean {
  if (account?.type !== "oauth" && account?.type !== "oidc") return true;
  return profile?.email_verified === true;
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
