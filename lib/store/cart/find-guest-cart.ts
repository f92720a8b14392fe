import "server-only";

import { getDb } from "@/lib/accounts-db/get-db";

// Cart ids are cuid2s (lowercase letters and digits); anything else in the cookie cannot name a cart.
const CART_ID = /^[a-z0-9]{8,40}$/;

/**
 * The cart a guest's cookie names, if it is a guest cart: a cookie naming no cart, or a user's cart (a copied
 * or forged cookie), gives null and is to be replaced, never followed.
 */
export async function findGuestCartId(cookieValue: string | undefined): Promise<string | null> {
  if (!cookieValue || !CART_ID.test(cookieValue)) return null;
  const db = await getDb();
  const cart = await db.cart.findFirst({ where: { id: cookieValue, userId: null }, select: { id: true } });
  return cart?.id ?? null;
}
