"use client";

import { useSyncExternalStore } from "react";

import { CURRENCY_COOKIE, CURRENCY_COOKIE_MAX_AGE_S } from "@/lib/store/currency/currency-cookie";

// The picker writes the cookie and announces it; every priced island re-reads it, with no reload.
const CHANGE_EVENT = "questlog:currency-change";

function readCookie(): string {
  const match = document.cookie.split("; ").find((part) => part.startsWith(`${CURRENCY_COOKIE}=`));
  return match ? decodeURIComponent(match.slice(CURRENCY_COOKIE.length + 1)) : "";
}

function subscribe(onChange: () => void): () => void {
  window.addEventListener(CHANGE_EVENT, onChange);
  return () => window.removeEventListener(CHANGE_EVENT, onChange);
}

/** The currency the visitor picked ("" when none: the server then goes by Accept-Language). "" on the server. */
export function useCurrencyChoice(): string {
  return useSyncExternalStore(subscribe, readCookie, () => "");
}

/** Remembers the choice for a year (SameSite=Lax: sent on top-level navigation, not on cross-site posts). */
export function chooseCurrency(currency: string): void {
  const secure = window.location.protocol === "https:" ? "; Secure" : "";
  document.cookie = `${CURRENCY_COOKIE}=${encodeURIComponent(currency)}; Path=/; Max-Age=${CURRENCY_COOKIE_MAX_AGE_S}; SameSite=Lax${secure}`;
  window.dispatchEvent(new Event(CHANGE_EVENT));
}
