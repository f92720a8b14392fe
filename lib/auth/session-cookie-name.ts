import "server-only";

import { getEnv } from "@/lib/env";

import { SECURE_SESSION_COOKIE, SESSION_COOKIE, sessionCookiePattern } from "./session-cookie";

// Large sessions are split into name.0, name.1, … cookies by Auth.js.
const SECURE_COOKIE_PRESENT = new RegExp(`(?:^|;\\s*)${sessionCookiePattern(SECURE_SESSION_COOKIE)}=`);

/**
 * The session cookie name to read (and write) for a request's Cookie header. Which of the two names Auth.js
 * used depends on the scheme the browser saw, which a proxy may hide from us, so over plain HTTP either is
 * taken. On an HTTPS site (SITE_URL https) only the __Secure- one is: a plain-named cookie there can only have
 * been planted (from a sibling subdomain, or over HTTP by a man in the middle) to sign the victim in as the
 * attacker (login CSRF).
 */
export function sessionCookieName(cookie: string): { name: string; secure: boolean } {
  const site = getEnv().SITE_URL;
  const secure = (site !== undefined && new URL(site).protocol === "https:") || SECURE_COOKIE_PRESENT.test(cookie);
  return { name: secure ? SECURE_SESSION_COOKIE : SESSION_COOKIE, secure };
}
