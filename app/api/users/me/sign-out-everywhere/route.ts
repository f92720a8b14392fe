// POST /api/users/me/sign-out-everywhere – end every session of the account, this one included (204)
import { NextResponse, type NextRequest } from "next/server";

import { assertSameOrigin } from "@/lib/api/assert-same-origin";
import { withErrors } from "@/lib/api/with-errors";
import { requireUser } from "@/lib/auth/require-user";
import { clearSessionCookie } from "@/lib/auth/set-session-cookie";
import { signOutEverywhere } from "@/lib/auth/sign-out-everywhere";

export const POST = withErrors(async (req: NextRequest) => {
  assertSameOrigin(req);
  const user = await requireUser(req);
  await signOutEverywhere(user.id);
  const res = new NextResponse(null, { status: 204 });
  clearSessionCookie(res);
  return res;
});
