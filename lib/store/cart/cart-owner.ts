/**
 * Whose cart a request works on: a signed-in user's (one row per user), or a guest's, named by the cart cookie
 * (null when the visitor has none yet, or the cookie named no guest cart: the first add makes one).
 */
export type CartOwner = { kind: "user"; userId: string } | { kind: "guest"; cartId: string | null };

/** Carts stay small: past this many games an add is refused (409 conflict), so no client can grow one without bound. */
export const MAX_CART_ITEMS = 100;

/** A guest cart untouched this long is swept, and its cookie lasts as long. */
export const GUEST_CART_MAX_AGE_DAYS = 30;
