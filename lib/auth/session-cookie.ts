// Auth.js's session cookie names (its defaults, which the config keeps). The JWT inside is encrypted with a key
// derived from the secret and, as salt, the cookie's own name: a token minted for one name opens under no other.
export const SESSION_COOKIE = "authjs.session-token";
/** The name on HTTPS, where Auth.js adds the __Secure- prefix (the browser then refuses it over plain HTTP). */
export const SECURE_SESSION_COOKIE = `__Secure-${SESSION_COOKIE}`;
