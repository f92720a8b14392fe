// POST /api/users/email-change/confirm {token} – make the change an emailed link asked for; 200 {email}
import { NextResponse, type NextRequest } from "next/server";

import { assertSameOrigin } from "@/lib/api/assert-same-origin";
import { readJsonBody } from "@/lib/api/read-json-body";
import { withErrors } from "@/lib/api/with-errors";
import { emailChangeConfirmBodySchema } from "@/lib/auth/account-schemas";
import { confirmEmailChange } from "@/lib/auth/confirm-email-change";

export const POST = withErrors(async (req: NextRequest) => {
  assertSameOrigin(req);
  const { token } = emailChangeConfirmBodySchema.parse(await readJsonBody(req));
  return NextResponse.json(await confirmEmailChange(token), { headers: { "Cache-Control": "no-store" } });
});
