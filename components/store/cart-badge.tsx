"use client";

import { useCart } from "@/lib/query/use-cart";

import { CartLink } from "./cart-link";

/**
 * The cart link with its live count, for a visitor with a session or a guest cart (components/header decides,
 * from the script-readable hints, whether to load this at all).
 */
export function CartBadge() {
  const cart = useCart();
  return <CartLink count={cart.data?.count ?? 0} />;
}
