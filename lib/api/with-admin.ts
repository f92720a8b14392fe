import type { NextRequest } from "next/server";

import { type AdminActor } from "@/lib/auth/admin-actor";

import { assertSameOrigin } from "./assert-same-origin";
import { requireAdmin } from "./require-admin";
import { withErrors } from "./with-errors";

type AdminHandler<C> = (req: NextRequest, context: C & { admin: AdminActor }) => Promise<Response> | Response;

/**
 * The one gate of every /api/admin route (a test walks app/api/admin and proves it for each): admin role or
 * the admin bearer token (401 signed out, 403 otherwise), CSRF checks on cookie-authenticated mutations, and
 * the JSON error shape for anything thrown. Handlers get the acting admin for the audit log.
 *
 * @example
 * export const POST = withAdmin(async (req, { params, admin }) => {
 *   …
 *   await recordAudit(admin, "job.retry", `job:${id}`);
 *   return NextResponse.json({ retried: true });
 * });
 */
export function withAdmin<C>(handler: AdminHandler<C>): (req: NextRequest, context: C) => Promise<Response> {
  return withErrors(async (req: NextRequest, context: C) => {
    const admin = await requireAdmin(req);
    // A bearer token is never attached by a browser on its own, so only session requests can be forged.
    if (admin.via === "session") assertSameOrigin(req);
    return handler(req, { ...context, admin });
  });
}
