// PATCH /api/users/me/library/{gameId} – change the signed-in user's entry (fields left out stay, null clears)
// DELETE /api/users/me/library/{gameId} – remove it (204)
import { NextResponse, type NextRequest } from "next/server";

import { assertSameOrigin } from "@/lib/api/assert-same-origin";
import { readJsonBody } from "@/lib/api/read-json-body";
import { withErrors } from "@/lib/api/with-errors";
import { requireUser } from "@/lib/auth/require-user";
import { changeLibraryEntryBodySchema, GameIdParamSchema } from "@/lib/library/library-schemas";
import { removeLibraryEntry } from "@/lib/library/remove-library-entry";
import { updateLibraryEntry } from "@/lib/library/update-library-entry";

type Context = { params: Promise<{ gameId: string }> };

export const PATCH = withErrors(async (req: NextRequest, { params }: Context) => {
  assertSameOrigin(req);
  const user = await requireUser(req);
  const { gameId } = GameIdParamSchema.parse(await params);
  const body = changeLibraryEntryBodySchema.parse(await readJsonBody(req));
  return NextResponse.json(await updateLibraryEntry(user.id, gameId, body), { headers: { "Cache-Control": "private, no-store" } });
});

export const DELETE = withErrors(async (req: NextRequest, { params }: Context) => {
  assertSameOrigin(req);
  const user = await requireUser(req);
  const { gameId } = GameIdParamSchema.parse(await params);
  await removeLibraryEntry(user.id, gameId);
  return new NextResponse(null, { status: 204 });
});
