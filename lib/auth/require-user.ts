import "server-only";

import type { JWT } from "next-auth/jwt";

import { AppError } from "@/lib/errors/app-error";

import { getSession, getSessionUser, type SessionUser } from "./get-session-user";

/**
 * The signed-in user of a request, or AppError("unauthorized") (a 401 JSON error through withErrors).
 * Handlers scope every query by the id it returns, never by an id from the request.
 *
 * @example
 * export const GET = withErrors(async (req: NextRequest) => {
 *   const user = await requireUser(req);
 *   return NextResponse.json(await listLibrary(user.id, query));
 * });
 */
export async function requireUser(request: Request): Promise<SessionUser> {
  const user = await getSessionUser(request);
  if (!user) throw new AppError("unauthorized", "Sign in first.");
  return user;
}

/** requireUser with the session token (its sign-in time, or to re-issue it after a password change). */
export async function requireSession(request: Request): Promise<{ user: SessionUser; token: JWT }> {
  const session = await getSession(request);
  if (!session) throw new AppError("unauthorized", "Sign in first.");
  return session;
}
