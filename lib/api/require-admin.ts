import { getEnv } from "@/lib/env";

import { AppError } from "./errors";
import { sameSecret } from "./same-secret";

/**
 * Admin-only APIs. Until accounts with an admin role exist, an admin is whoever presents ADMIN_API_TOKEN as
 * a bearer token (scripts, the queue monitor); the accounts issue adds the session role behind this same
 * call. A bearer token is not sent by browsers on their own, so these routes are not open to CSRF.
 */
export function requireAdmin(request: Request): void {
  const token = getEnv().ADMIN_API_TOKEN;
  const given = request.headers.get("authorization")?.match(/^Bearer\s+(.+)$/i)?.[1] ?? null;
  if (!token) throw new AppError("unauthorized", "Admin APIs are off: set ADMIN_API_TOKEN and send it as a bearer token.");
  if (!given) throw new AppError("unauthorized", "Admin APIs need the admin bearer token (Authorization: Bearer …).");
  if (!sameSecret(given, token)) throw new AppError("forbidden", "That token does not grant admin access.");
}
