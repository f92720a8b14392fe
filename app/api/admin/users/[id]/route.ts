// PATCH /api/admin/users/{id} {role: "ADMIN"|"PLAYER"} – promote or demote; 409 for your own demotion or the
// last admin's; audit-logged as user.role.update with the acting admin (admins only)
import { NextResponse, type NextRequest } from "next/server";

import { changeUserRole } from "@/lib/admin/users/change-user-role";
import { changeUserRoleBodySchema, userIdParamSchema } from "@/lib/admin/users/schemas";
import { readJsonBody } from "@/lib/api/read-json-body";
import { withAdmin } from "@/lib/api/with-admin";

export const PATCH = withAdmin<{ params: Promise<{ id: string }> }>(async (req: NextRequest, { params, admin }) => {
  const id = userIdParamSchema.parse((await params).id);
  const { role } = changeUserRoleBodySchema.parse(await readJsonBody(req));
  // The audit row is written with the change itself (one transaction), so no recordAudit here.
  const { user } = await changeUserRole(admin, id, role);
  return NextResponse.json(user);
});
