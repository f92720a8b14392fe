// The signed-in user's own API (/api/users/me/*) from the browser, shared by the library and wishlist hooks.
import { SIGNED_IN_HINT_COOKIE } from "@/lib/auth/signed-in-hint";

import { hasCookieHint } from "./use-cookie-hint";

/** GET a list of the user's; null when signed out (401), so callers can offer to sign in instead. */
export async function fetchMine<T>(url: string): Promise<T | null> {
  // Without the signed-in hint there is no session cookie to send: the answer would be a 401 in the console.
  if (!hasCookieHint(SIGNED_IN_HINT_COOKIE)) return null;
  const res = await fetch(url, { cache: "no-store" });
  if (res.status === 401) return null;
  if (!res.ok) throw new Error(`GET ${url}: ${res.status}`);
  return (await res.json()) as T;
}

// Mutations need JSON and our Origin (the API refuses anything else); fetch sends Origin itself.
export async function send(url: string, method: string, body?: unknown): Promise<Response> {
  const res = await fetch(url, {
    method,
    headers: body === undefined ? undefined : { "Content-Type": "application/json" },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (!res.ok) throw new Error(`${method} ${url}: ${res.status}`);
  return res;
}
