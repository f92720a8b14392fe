import "server-only";

import NextAuth from "next-auth";

import { buildAuthConfig } from "./auth-config";

/**
 * Auth.js for the app: `handlers` for app/api/auth/[...nextauth], `auth()` for pages and layouts (the
 * session with user id and role), `signIn`/`signOut` for server actions. API routes use requireUser().
 */
export const { handlers, auth, signIn, signOut } = NextAuth(buildAuthConfig);
