import "server-only";

import { AccessDenied } from "@auth/core/errors";
import type { NextAuthConfig } from "next-auth";

import { getDb } from "@/lib/accounts-db/get-db";
import { getEnv, pinAuthJsUrl, publicOrigin } from "@/lib/env";
import { logger } from "@/lib/log/logger";
import { getAuthSecret } from "@/lib/security/get-auth-secret";

import { jwtCallback, redirectCallback, sessionCallback, signInCallback } from "./auth-callbacks";
import { authProviders } from "./auth-providers";
import { createAuthAdapter } from "./create-auth-adapter";

// Auth.js errors a visitor causes (its "client-safe" types); anything else is a fault of ours or of a provider.
const USER_CAUSED = new Set(["CredentialsSignin", "Verification", "AccessDenied", "MissingCSRF", "OAuthAccountNotLinked"]);

/**
 * The Auth.js configuration, built per request by NextAuth's lazy form (lib/auth/auth.ts) because the
 * database opens asynchronously; every part is cheap once getDb() has resolved.
 */
export async function buildAuthConfig(): Promise<NextAuthConfig> {
  const db = await getDb();
  const env = getEnv();
  // Auth.js builds its URLs (callbacks, redirects, the emailed link) from AUTH_URL when set, else from the
  // request's X-Forwarded-Host or Host, which any client reaching the server can set: a sign-in link pointing
  // at evil.example would hand it the victim's token. In production the public origin is pinned as AUTH_URL
  // unless the operator says the request's host is trustworthy (AUTH_TRUST_HOST=on, behind a proxy that
  // sets it); `next dev` keeps following the request's host.
  pinAuthJsUrl(env.NODE_ENV !== "production" || env.AUTH_TRUST_HOST === "on" ? undefined : publicOrigin(env));
  return {
    secret: getAuthSecret(),
    // Auth.js refuses every request without it; with AUTH_URL pinned, the host it trusts is that one.
    trustHost: true,
    adapter: createAuthAdapter(db),
    // Credentials sign-ins cannot use database sessions in Auth.js; one strategy for every provider keeps
    // reading the session the same everywhere (get-session-user.ts).
    session: { strategy: "jwt" },
    providers: authProviders(env),
    // Our own pages, in the site's look; Auth.js errors come back to the sign-in page as ?error=…&code=….
    pages: { signIn: "/signin", verifyRequest: "/signin/check-email", error: "/signin" },
    callbacks: { signIn: signInCallback, jwt: jwtCallback, session: sessionCallback, redirect: redirectCallback },
    logger: {
      // A wrong password, a used or expired link, a rate-limited attempt are routine, not server errors.
      error: (error) => {
        const { type, code, cause } = error as { type?: string; code?: string; cause?: { err?: unknown } };
        // Our adapter's refusal to link an OAuth account to an unproven one (create-auth-adapter.ts) arrives
        // wrapped in an AdapterError.
        if ((type && USER_CAUSED.has(type)) || cause?.err instanceof AccessDenied) logger.info({ type, code }, "auth: sign-in refused");
        else logger.error({ err: error }, "auth error");
      },
      warn: (code) => logger.warn({ code }, "auth warning"),
      debug: (message, metadata) => logger.debug({ metadata }, `auth: ${message}`),
    },
  };
}
