import "server-only";

import { createHmac } from "node:crypto";

import { getAuthSecret } from "@/lib/security/get-auth-secret";
import { sameSecret } from "@/lib/security/same-secret";

// The purpose is part of what is signed, so a MAC made for this link proves nothing anywhere else (and a MAC
// made elsewhere with the same secret proves nothing here). "v1" lets a later format live beside this one.
const PURPOSE = "questlog deal-alerts unsubscribe v1";
const USER_ID = /^[a-z0-9]{1,64}$/;

function mac(userId: string): string {
  return createHmac("sha256", getAuthSecret()).update(`${PURPOSE}\n${userId}`, "utf8").digest("base64url");
}

/**
 * The token of a user's unsubscribe link: `{userId}.{HMAC-SHA256(auth secret, purpose + userId)}`. It never
 * expires (RFC 8058 links must keep working in old mail) and only turns deal alerts off, so it needs no
 * sign-in; rotating AUTH_SECRET invalidates every token.
 *
 * @example
 * const url = `${siteUrl()}/unsubscribe?token=${signUnsubscribeToken(user.id)}`;
 */
export function signUnsubscribeToken(userId: string): string {
  if (!USER_ID.test(userId)) throw new Error("signUnsubscribeToken: not a user id");
  return `${userId}.${mac(userId)}`;
}

/** The user id a token was signed for, or null when it is malformed or its MAC does not match (compared in constant time). */
export function verifyUnsubscribeToken(token: string | null | undefined): string | null {
  if (typeof token !== "string" || token.length > 200) return null;
  const dot = token.indexOf(".");
  const userId = token.slice(0, dot);
  if (dot < 0 || !USER_ID.test(userId)) return null;
  return sameSecret(token.slice(dot + 1), mac(userId)) ? userId : null;
}
