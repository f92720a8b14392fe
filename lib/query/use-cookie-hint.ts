"use client";

import { useSyncExternalStore } from "react";

import { SIGNED_IN_HINT_COOKIE } from "@/lib/auth/signed-in-hint";
import { CART_HINT_COOKIE } from "@/lib/store/cart/cart-cookie";

// Script-readable hints beside httpOnly cookies: "signed in" (lib/auth/signed-in-hint.ts) and "has a guest cart"
// (lib/store/cart/cart-cookie.ts). They decide whether an island asks the server anything personal at all.
type HintCookie = typeof SIGNED_IN_HINT_COOKIE | typeof CART_HINT_COOKIE;

const patterns = new Map<string, RegExp>();
function pattern(name: HintCookie): RegExp {
  let re = patterns.get(name);
  if (!re) patterns.set(name, (re = new RegExp(`(?:^|;\\s*)${name}=1(?:;|$)`)));
  return re;
}

/** The hint now (false on the server, where a static page knows no visitor). */
export function hasCookieHint(name: HintCookie): boolean {
  return typeof document !== "undefined" && pattern(name).test(document.cookie);
}

// document.cookie has no change event: whoever changes a hint announces it (the first add to a guest cart sets
// the cart hint, and the header must then load its live count).
const HINTS_CHANGED = "questlog:hints-changed";

/** Call after a request that may have set or cleared a hint cookie. */
export function announceHintChange(): void {
  window.dispatchEvent(new Event(HINTS_CHANGED));
}

function subscribe(onChange: () => void): () => void {
  window.addEventListener(HINTS_CHANGED, onChange);
  return () => window.removeEventListener(HINTS_CHANGED, onChange);
}

/**
 * The hint as React state: undefined while hydrating (the server rendered without it), then true or false.
 * Islands render their placeholder for undefined, so the first paint matches the static HTML.
 */
export function useCookieHint(name: HintCookie): boolean | undefined {
  return useSyncExternalStore(
    subscribe,
    () => hasCookieHint(name),
    () => undefined,
  );
}
