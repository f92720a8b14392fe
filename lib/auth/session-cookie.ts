// Auth.js's session cookie names (its defaults, which the config keeps). The JWT inside is encrypted with a key
// derived from the secret and, as salt, the cookie's own name: a token minted for one name opens under no other.
export const SESSION_COOKIE = "authjs.session-token";
/** The name on HTTPS, where Auth.js adds the __Secure- prefix (the browser then refuses it over plain HTTP). */
export const SECURE_SESSION_COOKIE = `__Secure-${SESSION_COOKIE}`;

/**
 * A regular-expression source matching this cookie name whole or as one of its chunks (name.0, name.1 …: Auth.js
 * splits a large session into several cookies). Shared by every place that asks "is a session cookie here?".
 */
export function sessionCookiePattern(name: string): string {
  return `${name.replace(/[.-]/g, "\\$&")}(?:\\.\\d+)?`;
}
