// GET /api/users/me – the signed-in account: {id, email, name, role, emailVerified, hasPassword, providers, createdAt, recentSignIn}
// DELETE /api/users/me {password?} – delete the account (the password, or a sign-in within 10 minutes); 204, signed out
import { NextResponse, type NextRequest } from "next/server";

import { assertSameOrigin } from "@/lib/api/assert-same-origin";
import { readJsonBody } from "@/lib/api/read-json-body";
import { withErrors } from "@/lib/api/with-errors";
import { deleteAccountBodySchema } from "@/lib/auth/account-schemas";
import { deleteAccount } from "@/lib/auth/delete-account";
import { getAccountSummary } from "@/lib/auth/get-account-summary";
import { requireSession } from "@/lib/auth/require-user";
import { clearSessionCookie } from "@/lib/auth/set-session-cookie";

export const GET = withErrors(async (req: NextRequest) => {
  const { user, token } = await requireSession(req);
  return NextResponse.json(await getAccountSummary(user.id, token.authTime), { headers: { "Cache-Control": "private, no-store" } });
});

export const DELETE = withErrors(async (req: NextRequest) => {
  assertSameOrigin(req);
  const { user, token } = await requireSession(req);
  const body = deleteAccountBodySchema.parse(await readJsonBody(req));
  await deleteAccount(user.id, body, token.authTime, req.headers);
  const res = new NextResponse(null, { status: 204 });
  clearSessionCookie(res);
  return res;
});
