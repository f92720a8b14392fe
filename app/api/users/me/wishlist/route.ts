// GET /api/users/me/wishlist – the signed-in user's wishlist with game cards
// POST /api/users/me/wishlist {gameId, priceDropThreshold?, currency?, notes?} – add a game, with an optional price-drop alert (409 if there)
import { NextResponse, type NextRequest } from "next/server";

import { assertSameOrigin } from "@/lib/api/assert-same-origin";
import { readJsonBody } from "@/lib/api/read-json-body";
import { withErrors } from "@/lib/api/with-errors";
import { requireUser } from "@/lib/auth/require-user";
import { addWishlistEntry } from "@/lib/wishlist/add-wishlist-entry";
import { listWishlist } from "@/lib/wishlist/list-wishlist";
import { addWishlistEntryBodySchema } from "@/lib/wishlist/wishlist-schemas";

const PRIVATE = { "Cache-Control": "private, no-store" };

export const GET = withErrors(async (req: NextRequest) => {
  const user = await requireUser(req);
  return NextResponse.json(await listWishlist(user.id), { headers: PRIVATE });
});

export const POST = withErrors(async (req: NextRequest) => {
  assertSameOrigin(req);
  const user = await requireUser(req);
  const body = addWishlistEntryBodySchema.parse(await readJsonBody(req));
  return NextResponse.json(await addWishlistEntry(user.id, body), { status: 201, headers: PRIVATE });
});
