// POST /api/cart/items {gameId} – put a game in the visitor's cart: 201 when added, 200 when it was there already
// (one copy per game); 409 not_for_sale or already_owned. A guest's first add makes the cart and sets its cookie.
import { NextResponse, type NextRequest } from "next/server";

import { assertSameOrigin } from "@/lib/api/assert-same-origin";
import { assertRateLimit } from "@/lib/api/rate-limit";
import { readJsonBody } from "@/lib/api/read-json-body";
import { withErrors } from "@/lib/api/with-errors";
import { addCartItem } from "@/lib/store/cart/add-cart-item";
import { addCartItemBodySchema } from "@/lib/store/cart/cart-schemas";
import { getCart } from "@/lib/store/cart/get-cart";

import { applyCartCookies, PRIVATE, resolveCartVisitor } from "../_lib/cart-visitor";

export const POST = withErrors(async (req: NextRequest) => {
  // Guests too: the cart cookie rides along on cross-site requests like a session does.
  assertSameOrigin(req);
  await assertRateLimit(req, "cartWrites");
  const { gameId } = addCartItemBodySchema.parse(await readJsonBody(req));
  const visitor = await resolveCartVisitor(req);
  const { cartId, added } = await addCartItem(visitor.owner, gameId, visitor.currency);
  const cart = await getCart(visitor.owner.kind === "guest" ? { kind: "guest", cartId } : visitor.owner, visitor.currency);
  return applyCartCookies(NextResponse.json(cart, { status: added ? 201 : 200, headers: PRIVATE }), visitor, cartId);
});
