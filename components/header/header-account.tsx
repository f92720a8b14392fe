"use client";

import { SignInLink } from "@/components/auth/sign-in-link";
import { lazyQueryIsland } from "@/components/query/lazy-query-island";
import { CartLink } from "@/components/store/cart-link";
import { SIGNED_IN_HINT_COOKIE } from "@/lib/auth/signed-in-hint";
import { useCookieHint } from "@/lib/query/use-cookie-hint";
import { CART_HINT_COOKIE } from "@/lib/store/cart/cart-cookie";

const placeholder = () => (
  <>
    <CartLink count={0} />
    <span className="inline-block h-5 w-16" aria-hidden />
  </>
);

const LazyAccountCorner = lazyQueryIsland(() => import("./account-corner").then((m) => m.AccountCorner), placeholder);

/**
 * The header's cart and account corner. Most visitors are signed out with no cart: they get the cart link and
 * "Sign in" with no code loaded and no request made. A visitor with a session or a guest cart (the hint cookies)
 * gets the live cart count and the account menu, which load with react-query after the page.
 */
export function HeaderAccount() {
  const signedIn = useCookieHint(SIGNED_IN_HINT_COOKIE);
  const hasCart = useCookieHint(CART_HINT_COOKIE);
  if (signedIn === undefined) return placeholder();
  if (!signedIn && !hasCart)
    return (
      <>
        <CartLink count={0} />
        <SignInLink />
      </>
    );
  return <LazyAccountCorner />;
}
