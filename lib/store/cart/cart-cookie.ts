// The guest cart's cookies. Names only, so client islands can import them.

/** httpOnly: the guest cart's id, the only authority over that cart (SameSite=Lax, 30 days). */
export const CART_COOKIE = "questlog_cart";

/**
 * Readable by scripts, value "1", no authority: tells the header badge there is a cart worth asking about, since
 * it cannot see the httpOnly cookie and a visitor with no cart and no session must make no request at all.
 */
export const CART_HINT_COOKIE = "questlog_cart_hint";
