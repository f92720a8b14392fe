// PATCH /api/users/me/wishlist/{gameId} – change the signed-in user's entry (threshold with currency; null clears)
// DELETE /api/users/me/wishlist/{gameId} – take the game off the wishlist (204)
import { NextResponse, type NextRequest } from "next/server";

import { assertSameOrigin } from "@/lib/api/assert-same-origin";
import { readJsonBody } from "@/lib/api/read-json-body";
import { withErrors } from "@/lib/api/with-errors";
import { requireUser } from "@/lib/auth/require-user";
import { GameIdParamSchema } from "@/lib/library/library-schemas";
import { removeWishlistEntry } from "@/lib/wishlist/remove-wishlist-entry";
import { updateWishlistEntry } from "@/lib/wishlist/update-wishlist-entry";
import { changeWishlistEntryBodySchema } from "@/lib/wishlist/wishlist-schemas";

type Context = { params: Promise<{ gameId: string }> };

export const PATCH = withErrors(async (req: NextRequest, { params }: Context) => {
  assertSameOrigin(req);
  const user = await requireUser(req);
  const { gameId } = GameIdParamSchema.parse(await params);
  const body = changeWishlistEntryBodySchema.parse(await readJsonBody(req));
  return NextResponse.json(await updateWishlistEntry(user.id, gameId, body), { headers: { "Cache-Control": "private, no-store" } });
});

export const DELETE = withErrors(async (req: NextRequest, { params }: Context) => {
  assertSameOrigin(req);
  const user = await requireUser(req);
  const { gameId } = GameIdParamSchema.parse(await params);
  await removeWishlistEntry(user.id, gameId);
  return new NextResponse(null, { status: 204 });
});
