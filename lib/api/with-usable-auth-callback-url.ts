import type { NextRequest } from "next/server";

import { errorResponse } from "./errors";

type AuthHandler = (req: NextRequest) => Promise<Response>;

// Auth.js's cookie for the callback URL, under both names (plain and on HTTPS).
const CALLBACK_COOKIES = ["authjs.callback-url", "__Secure-authjs.callback-url"];

/** Auth.js's own rule (assertConfig's isValidHttpUrl): a path, or an absolute http(s) URL. */
function usable(url: string): boolean {
  try {
    return /^https?:/.test(new URL(url, url.startsWith("/") ? "http://localhost" : undefined).protocol);
  } catch {
    return false;
  }
}

/**
 * Wraps Auth.js's route handlers so that a callback URL it cannot parse is the client's 400. Auth.js checks the
 * `callbackUrl` query parameter and its callback-url cookie in its configuration check, and answers any failure
 * there with a 500 "server configuration" error: `GET /api/auth/session?callbackUrl=x` was a 500 for anyone
 * (found by `npm run fuzz`). Only unusable values stop here; where a usable one may lead is still decided by the
 * redirect callback. A bad cookie is cleared in the same answer, so a browser holding one recovers.
 *
 * @example
 * export const GET = withUsableAuthCallbackUrl(handlers.GET);
 */
export function withUsableAuthCallbackUrl(handler: AuthHandler): AuthHandler {
  return async (req) => {
    const param = req.nextUrl.searchParams.get("callbackUrl");
    if (param && !usable(param)) return errorResponse("invalid_parameters", "callbackUrl must be a path or an http(s) URL.");
    const badCookies = CALLBACK_COOKIES.filter((name) => {
      const value = req.cookies.get(name)?.value;
      return value && !usable(value);
    });
    if (badCookies.length > 0) {
      const res = errorResponse("invalid_parameters", "The callback URL cookie is not a path or an http(s) URL; it has been cleared.");
      for (const name of badCookies) res.cookies.set(name, "", { path: "/", maxAge: 0, secure: name.startsWith("__Secure-") });
      return res;
    }
    return handler(req);
  };
}
