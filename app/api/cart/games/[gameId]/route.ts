// GET /api/cart/games/{gameId} – the game page's store panel for this visitor: {game_id, offer, in_cart, owned}.
// The game page is prerendered for everyone; what one visitor pays, holds and owns is fetched here, never cached.
import { NextResponse, type NextRequest } from "next/server";

import { withErrors } from "@/lib/api/with-errors";
import { GameIdParamSchema } from "@/lib/library/library-schemas";
import { getCartGameState } from "@/lib/store/cart/get-cart-game-state";

import { applyCartCookies, PRIVATE, resolveCartVisitor } from "../../_lib/cart-visitor";

type Context = { params: Promise<{ gameId: string }> };

export const GET = withErrors(async (req: NextRequest, { params }: Context) => {
  const { gameId } = GameIdParamSchema.parse(await params);
  const visitor = await resolveCartVisitor(req);
  const state = await getCartGameState(visitor.owner, gameId, visitor.currency);
  return applyCartCookies(NextResponse.json(state, { headers: PRIVATE }), visitor);
});
