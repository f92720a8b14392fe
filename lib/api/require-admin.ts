import type { AdminActor } from "@/lib/auth/admin-actor";
import { getSessionUser } from "@/lib/auth/get-session-user";
import { getEnv } from "@/lib/env";
import { AppError } from "@/lib/errors/app-error";
import { sameSecret } from "@/lib/security/same-secret";

import { bearerToken } from "./bearer-token";

/**
 * Admin-only APIs take either of two credentials:
 * - `Authorization: Bearer $ADMIN_API_TOKEN` (scripts, the queue monitor). Browsers never send a bearer token
 *   on their own, so this path is not open to CSRF. A request that sends one is judged by it alone.
 * - A signed-in user whose role in the database is ADMIN (the token's copy of the role is not trusted, so a
 *   demotion takes effect at once). Mutations on this path are checked for CSRF by withAdmin.
 * Signed out and no token: 401. Signed in but not an admin, or a wrong token: 403.
 */
export async function requireAdmin(request: Request): Promise<AdminActor> {
  const given = bearerToken(request);
  if (given) {
    const token = getEnv().ADMIN_API_TOKEN;
    if (!token) throw new AppError("unauthorized", "Admin API tokens are off: set ADMIN_API_TOKEN, or sign in as an admin.");
    if (!sameSecret(given, token)) throw new AppError("forbidden", "That token does not grant admin access.");
    return { via: "token", id: null, email: null };
  }
  const user = await getSessionUser(request);
  if (!user) throw new AppError("unauthorized", "Admin APIs need an admin session or the admin bearer token (Authorization: Bearer …).");
  if (user.role !== "ADMIN") throw new AppError("forbidden", "This needs an admin account.");
  return { via: "session", id: user.id, email: user.email };
}
