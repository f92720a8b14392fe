import "server-only";

import { cookies } from "next/headers";

import { getEnv } from "@/lib/env";

import { SIGNED_IN_HINT_COOKIE, signedInHintOptions } from "./signed-in-hint";

const secure = () => getEnv().SITE_URL?.startsWith("https:") ?? false;

/**
 * Sets or clears the hint from inside Auth.js (sign-in, sign-out). Those run in a Server Action or a Route
 * Handler, where Next lets cookies be set; anywhere else (a page reading the session) the call is refused, which
 * is fine: proxy.ts keeps the hint in step on the next request.
 */
export async function setSignedInHint(signedIn: boolean): Promise<void> {
  try {
    const jar = await cookies();
    if (signedIn) jar.set(SIGNED_IN_HINT_COOKIE, "1", signedInHintOptions(secure()));
    else jar.set(SIGNED_IN_HINT_COOKIE, "", { ...signedInHintOptions(secure()), maxAge: 0 });
  } catch {
    // Not a context that may set cookies (a Server Component render): proxy.ts will do it.
  }
}
