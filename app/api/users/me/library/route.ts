// GET /api/users/me/library?status=&platform= – the signed-in user's library with game cards and counts per status
// POST /api/users/me/library {gameId, status?, rating?, notes?, platform?, startedAt?, finishedAt?} – add a game (409 if there)
import { NextResponse, type NextRequest } from "next/server";

import { assertSameOrigin } from "@/lib/api/assert-same-origin";
import { readJsonBody } from "@/lib/api/read-json-body";
import { withErrors } from "@/lib/api/with-errors";
import { requireUser } from "@/lib/auth/require-user";
import { addLibraryEntry } from "@/lib/library/add-library-entry";
import { addLibraryEntryBodySchema, listLibraryQuerySchema } from "@/lib/library/library-schemas";
import { listLibrary } from "@/lib/library/list-library";

const PRIVATE = { "Cache-Control": "private, no-store" };

export const GET = withErrors(async (req: NextRequest) => {
  const user = await requireUser(req);
  const query = listLibraryQuerySchema.parse(Object.fromEntries(req.nextUrl.searchParams));
  return NextResponse.json(await listLibrary(user.id, query), { headers: PRIVATE });
});

export const POST = withErrors(async (req: NextRequest) => {
  assertSameOrigin(req);
  const user = await requireUser(req);
  const body = addLibraryEntryBodySchema.parse(await readJsonBody(req));
  return NextResponse.json(await addLibraryEntry(user.id, body), { status: 201, headers: PRIVATE });
});
