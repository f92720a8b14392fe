// GET /api/cart – the visitor's cart (a guest's by cookie, or the signed-in user's, a guest cart merged in first):
// lines with the current offer in the visitor's currency, price_changed per line, count and totals
import { NextResponse, type NextRequest } from "next/server";

import { withErrors } from "@/lib/api/with-errors";
import { getCart } from "@/lib/store/cart/get-cart";

import { applyCartCookies, PRIVATE, resolveCartVisitor } from "./_lib/cart-visitor";

export const GET = withErrors(async (req: NextRequest) => {
  const visitor = await resolveCartVisitor(req);
  const cart = await getCart(visitor.owner, visitor.currency);
  return applyCartCookies(NextResponse.json(cart, { headers: PRIVATE }), visitor);
});
