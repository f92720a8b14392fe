"use client";

import { useSyncExternalStore } from "react";

import { CART_HINT_COOKIE } from "@/lib/store/cart/cart-cookie";

const HINT = new RegExp(`(?:^|;\\s*)${CART_HINT_COOKIE}=1(?:;|$)`);

// document.cookie has no change event; the badge re-reads it on each render, which every cart change causes.
const subscribe = () => () => {};

/** True when the script-readable hint says this browser has a guest cart (the real cookie is httpOnly). */
export function useCartHint(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => HINT.test(document.cookie),
    () => false,
  );
}
