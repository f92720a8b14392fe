// POST /api/users {email, password, name?} – sign up with email and password (signing in is Auth.js's, after);
// 202 {status: "check_email"} whether the address was new or had an account (whose owner is mailed instead)
import { NextResponse, type NextRequest } from "next/server";

import { assertSameOrigin } from "@/lib/api/assert-same-origin";
import { assertRateLimit } from "@/lib/api/rate-limit";
import { readJsonBody } from "@/lib/api/read-json-body";
import { withErrors } from "@/lib/api/with-errors";
import { signUp } from "@/lib/auth/sign-up";
import { signUpBodySchema } from "@/lib/auth/user-schemas";

export const POST = withErrors(async (req: NextRequest) => {
  assertSameOrigin(req);
  await assertRateLimit(req, "signUp");
  await signUp(signUpBodySchema.parse(await readJsonBody(req)));
  return NextResponse.json({ status: "check_email" }, { status: 202, headers: { "Cache-Control": "no-store" } });
});
