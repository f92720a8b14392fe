import "server-only";

import { encode, type JWT } from "next-auth/jwt";
import type { NextResponse } from "next/server";

import { getAuthSecret } from "@/lib/security/get-auth-secret";

import { SECURE_SESSION_COOKIE, SESSION_COOKIE } from "./session-cookie";
import { sessionCookieName } from "./session-cookie-name";
import { SESSION_MAX_AGE_SECONDS, SIGNED_IN_HINT_COOKIE } from "./signed-in-hint";

/**
 * Re-issues the request's session cookie with `token` (e.g. the new session version after a password change,
 * so the device that changed it stays signed in while every other one is signed out). Encoded as Auth.js does
 * at sign-in: the same secret, the cookie name as salt, HttpOnly, SameSite=Lax, Secure with the __Secure- name.
 *
 * @example
 * setSessionCookie(response, req, { ...token, sessionVersion });
 */
export async function setSessionCookie(response: NextResponse, request: Request, token: JWT): Promise<void> {
  const { name, secure } = sessionCookieName(request.headers.get("cookie") ?? "");
  const value = await encode({ token, secret: getAuthSecret(), salt: name, maxAge: SESSION_MAX_AGE_SECONDS });
  response.cookies.set(name, value, { httpOnly: true, sameSite: "lax", path: "/", secure, maxAge: SESSION_MAX_AGE_SECONDS });
}

/** Clears the session cookie under both names (signing this device out as well). */
export function clearSessionCookie(response: NextResponse): void {
  response.cookies.set(SESSION_COOKIE, "", { httpOnly: true, sameSite: "lax", path: "/", maxAge: 0 });
  response.cookies.set(SECURE_SESSION_COOKIE, "", { httpOnly: true, sameSite: "lax", path: "/", secure: true, maxAge: 0 });
  response.cookies.set(SIGNED_IN_HINT_COOKIE, "", { path: "/", maxAge: 0 });
}
