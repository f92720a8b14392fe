// POST /api/users/me/email {newEmail, password?} – mail the new address a confirmation link (and the current one a notice); 202
import { NextResponse, type NextRequest } from "next/server";

import { assertSameOrigin } from "@/lib/api/assert-same-origin";
import { readJsonBody } from "@/lib/api/read-json-body";
import { withErrors } from "@/lib/api/with-errors";
import { emailChangeBodySchema } from "@/lib/auth/account-schemas";
import { requestEmailChange } from "@/lib/auth/request-email-change";
import { requireSession } from "@/lib/auth/require-user";

export const POST = withErrors(async (req: NextRequest) => {
  assertSameOrigin(req);
  const { user, token } = await requireSession(req);
  const body = emailChangeBodySchema.parse(await readJsonBody(req));
  await requestEmailChange(user.id, body, token.authTime, req.headers);
  return NextResponse.json({ status: "check_email" }, { status: 202, headers: { "Cache-Control": "no-store" } });
});
