// DELETE /api/cart/items/{gameId} – take a game out of the visitor's cart; answers the cart (200), also when the
// game was not in it (a second click changes nothing)
import { NextResponse, type NextRequest } from "next/server";

import { assertSameOrigin } from "@/lib/api/assert-same-origin";
import { assertRateLimit } from "@/lib/api/rate-limit";
import { withErrors } from "@/lib/api/with-errors";
import { GameIdParamSchema } from "@/lib/library/library-schemas";
import { getCart } from "@/lib/store/cart/get-cart";
import { removeCartItem } from "@/lib/store/cart/remove-cart-item";

import { applyCartCookies, PRIVATE, resolveCartVisitor } from "../../_lib/cart-visitor";

type Context = { params: Promise<{ gameId: string }> };

export const DELETE = withErrors(async (req: NextRequest, { params }: Context) => {
  assertSameOrigin(req);
  await assertRateLimit(req, "cartWrites");
  const { gameId } = GameIdParamSchema.parse(await params);
  const visitor = await resolveCartVisitor(req);
  await removeCartItem(visitor.owner, gameId);
  return applyCartCookies(NextResponse.json(await getCart(visitor.owner, visitor.currency), { headers: PRIVATE }), visitor);
});
