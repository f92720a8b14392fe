// POST /api/users/me/password {currentPassword, newPassword} – change the password; every other session ends, this one stays (200)
import { NextResponse, type NextRequest } from "next/server";

import { assertSameOrigin } from "@/lib/api/assert-same-origin";
import { readJsonBody } from "@/lib/api/read-json-body";
import { withErrors } from "@/lib/api/with-errors";
import { changePasswordBodySchema } from "@/lib/auth/account-schemas";
import { changePassword } from "@/lib/auth/change-password";
import { requireSession } from "@/lib/auth/require-user";
import { setSessionCookie } from "@/lib/auth/set-session-cookie";

export const POST = withErrors(async (req: NextRequest) => {
  assertSameOrigin(req);
  const { user, token } = await requireSession(req);
  const body = changePasswordBodySchema.parse(await readJsonBody(req));
  const sessionVersion = await changePassword(user.id, body, req.headers);
  const res = NextResponse.json({ changed: true }, { headers: { "Cache-Control": "no-store" } });
  // The device that changed the password stays signed in under the new version; every other one is signed out.
  await setSessionCookie(res, req, { ...token, sessionVersion });
  return res;
});
