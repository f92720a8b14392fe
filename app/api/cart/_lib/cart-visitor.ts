// The HTTP edge of the cart (shared by the /api/cart routes): whose cart a request works on, the visitor's
// currency, and the guest cart's cookies on the response.
import type { NextRequest, NextResponse } from "next/server";

import { getSessionUser } from "@/lib/auth/get-session-user";
import type { Currency } from "@/lib/money";
import { siteUrl } from "@/lib/site";
import { CART_COOKIE, CART_HINT_COOKIE } from "@/lib/store/cart/cart-cookie";
import { GUEST_CART_MAX_AGE_DAYS, type CartOwner } from "@/lib/store/cart/cart-owner";
import { findGuestCartId } from "@/lib/store/cart/find-guest-cart";
import { mergeGuestCart } from "@/lib/store/cart/merge-guest-cart";
import { CURRENCY_COOKIE } from "@/lib/store/currency/currency-cookie";
import { resolveCurrency } from "@/lib/store/currency/resolve-currency";

export interface CartVisitor {
  owner: CartOwner;
  currency: Currency;
  /** The request carried a cart cookie that is used up (merged) or names no guest cart: clear it. */
  clearCookie: boolean;
}

/**
 * Whose cart this request works on. Signed in: the user's cart, and a guest cart still named by the cookie is
 * merged into it first (then the cookie is cleared).
 *
 * Why the merge happens here, lazily, and not in an Auth.js callback: every sign-in path (password, magic
 * link, OAuth) ends in the same session cookie, and the next cart request after it carries both that and the
 * guest cookie, so one place covers them all, including paths added later. Auth.js's signIn event sees no
 * request cookies, and the magic link and OAuth callbacks land on Auth.js's own routes. The header badge reads
 * the cart on every page a signed-in visitor opens, so in effect the merge is at sign-in.
 *
 * Signed out: the guest cart the cookie names, if it is a guest cart; a cookie naming nothing, or a user's cart
 * (copied or forged), is ignored and cleared (a later add makes a fresh cart).
 */
export async function resolveCartVisitor(req: NextRequest): Promise<CartVisitor> {
  const currency = resolveCurrency(req.cookies.get(CURRENCY_COOKIE)?.value, req.headers.get("accept-language"));
  const cookie = req.cookies.get(CART_COOKIE)?.value;
  const user = await getSessionUser(req);
  if (user) {
    // mergeGuestCart merges only a guest cart: a cookie naming another user's cart merges nothing.
    if (cookie) await mergeGuestCart(cookie, user.id);
    return { owner: { kind: "user", userId: user.id }, currency, clearCookie: cookie !== undefined };
  }
  const cartId = await findGuestCartId(cookie);
  return { owner: { kind: "guest", cartId }, currency, clearCookie: cookie !== undefined && cartId === null };
}

function cookieOptions(maxAge: number) {
  return {
    path: "/",
    sameSite: "lax" as const,
    // Secure on an https site; over plain http (development, tests) a Secure cookie would never come back.
    secure: new URL(siteUrl()).protocol === "https:",
    maxAge,
  };
}

/**
 * Sets or clears the guest cart's cookies on a response: `cartId` (re)sets them for 30 more days (a guest's
 * add), otherwise they are cleared when the visitor says so.
 */
export function applyCartCookies(res: NextResponse, visitor: CartVisitor, cartId?: string): NextResponse {
  const maxAge = GUEST_CART_MAX_AGE_DAYS * 24 * 3600;
  if (cartId && visitor.owner.kind === "guest") {
    res.cookies.set(CART_COOKIE, cartId, { ...cookieOptions(maxAge), httpOnly: true });
    res.cookies.set(CART_HINT_COOKIE, "1", { ...cookieOptions(maxAge), httpOnly: false });
  } else if (visitor.clearCookie) {
    res.cookies.set(CART_COOKIE, "", { ...cookieOptions(0), httpOnly: true });
    res.cookies.set(CART_HINT_COOKIE, "", { ...cookieOptions(0), httpOnly: false });
  }
  return res;
}

/** Every cart answer is one visitor's: never stored by a shared cache, nor by the browser. */
export const PRIVATE = { "Cache-Control": "private, no-store" } as const;
