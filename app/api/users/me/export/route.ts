// GET /api/users/me/export – everything held about the account (account, library, wishlist, audit entries) as a JSON download
import { NextResponse, type NextRequest } from "next/server";

import { withErrors } from "@/lib/api/with-errors";
import { exportAccountData } from "@/lib/auth/export-account-data";
import { requireUser } from "@/lib/auth/require-user";

export const GET = withErrors(async (req: NextRequest) => {
  const user = await requireUser(req);
  const data = await exportAccountData(user.id);
  return new NextResponse(JSON.stringify(data, null, 2), {
    headers: {
      "Content-Type": "application/json; charset=utf-8",
      "Content-Disposition": `attachment; filename="questlog-account-${data.exportedAt.slice(0, 10)}.json"`,
      "Cache-Control": "private, no-store",
    },
  });
});
