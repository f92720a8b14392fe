// POST /api/users/password-reset/confirm {token, password} – set a new password from the emailed link; every session ends (204)
import { NextResponse, type NextRequest } from "next/server";

import { assertSameOrigin } from "@/lib/api/assert-same-origin";
import { readJsonBody } from "@/lib/api/read-json-body";
import { withErrors } from "@/lib/api/with-errors";
import { passwordResetBodySchema } from "@/lib/auth/account-schemas";
import { resetPassword } from "@/lib/auth/reset-password";

export const POST = withErrors(async (req: NextRequest) => {
  assertSameOrigin(req);
  await resetPassword(passwordResetBodySchema.parse(await readJsonBody(req)));
  return new NextResponse(null, { status: 204, headers: { "Cache-Control": "no-store" } });
});
