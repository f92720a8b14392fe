// POST /api/users/password-reset {email} – mail a reset link if the address has an account; 202 either way (rate-limited)
import { NextResponse, type NextRequest } from "next/server";

import { assertSameOrigin } from "@/lib/api/assert-same-origin";
import { readJsonBody } from "@/lib/api/read-json-body";
import { withErrors } from "@/lib/api/with-errors";
import { passwordResetRequestBodySchema } from "@/lib/auth/account-schemas";
import { requestPasswordReset } from "@/lib/auth/request-password-reset";

export const POST = withErrors(async (req: NextRequest) => {
  assertSameOrigin(req);
  const { email } = passwordResetRequestBodySchema.parse(await readJsonBody(req));
  await requestPasswordReset(email, req.headers);
  return NextResponse.json({ status: "check_email" }, { status: 202, headers: { "Cache-Control": "no-store" } });
});
