// The "signed in" hint: a script-readable cookie beside Auth.js's httpOnly session cookie. Public pages are
// static, so only the browser can tell a signed-in visitor, and it cannot read the session cookie. With the hint
// absent, a page's islands ask for nothing personal: no session, library, wishlist or cart requests (the 401s a
// signed-out visitor's console used to show). It proves nothing and grants nothing: every API still checks the
// session itself, and a wrong hint only costs one request (present) or shows "Sign in" until the next request
// through proxy.ts puts it right (absent).
import { SECURE_SESSION_COOKIE, SESSION_COOKIE, sessionCookiePattern } from "./session-cookie";

export const SIGNED_IN_HINT_COOKIE = "questlog_signed_in";

/** Auth.js's session lifetime (its default, which the config keeps); the hint lives as long. */
export const SESSION_MAX_AGE_SECONDS = 30 * 24 * 60 * 60;

// Large sessions are split into name.0, name.1, … cookies by Auth.js.
const SESSION_COOKIE_NAME = new RegExp(`^(?:${sessionCookiePattern(SESSION_COOKIE)}|${sessionCookiePattern(SECURE_SESSION_COOKIE)})$`);

/** True when the request carries an Auth.js session cookie (either name, or a chunk of a split one). */
export function hasSessionCookie(cookieNames: Iterable<string>): boolean {
  for (const name of cookieNames) if (SESSION_COOKIE_NAME.test(name)) return true;
  return false;
}

/** The hint's Set-Cookie attributes: readable by scripts (that is its point), Lax like the session cookie. */
export function signedInHintOptions(secure: boolean) {
  return { httpOnly: false, sameSite: "lax" as const, path: "/", secure, maxAge: SESSION_MAX_AGE_SECONDS };
}

/** The hint as a response should leave it: set while a session cookie is sent, gone once none is. */
export function signedInHintFor(cookieNames: Iterable<string>, secure: boolean) {
  const signedIn = hasSessionCookie(cookieNames);
  return {
    name: SIGNED_IN_HINT_COOKIE,
    value: signedIn ? "1" : "",
    ...signedInHintOptions(secure),
    maxAge: signedIn ? SESSION_MAX_AGE_SECONDS : 0,
  };
}

/**
 * What proxy.ts sets on a response, or null for nothing: the hint while a session cookie is sent (refreshed, so it
 * lasts as long as the session Auth.js renews), a clearing one when a stale hint outlived the session. Nothing on a
 * Server Action: sign-in and sign-out set the hint themselves (set-signed-in-hint.ts), and the request still
 * carries the session that sign-out is ending, so a second, contrary Set-Cookie would race the action's.
 */
export function proxiedSignedInHint(request: { cookieNames: readonly string[]; serverAction: boolean; secure: boolean }) {
  if (request.serverAction) return null;
  const hint = signedInHintFor(request.cookieNames, request.secure);
  return hint.value || request.cookieNames.includes(SIGNED_IN_HINT_COOKIE) ? hint : null;
}
