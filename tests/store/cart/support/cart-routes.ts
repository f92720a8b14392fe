// The cart route handlers, called as a browser on this site calls them (same-origin JSON), with whatever cookies
// a test gives: a minted Auth.js session (tests/auth/support/session.ts), the guest cart cookie, both or none.
import * as cartGameRoute from "@/app/api/cart/games/[gameId]/route";
import * as cartItemRoute from "@/app/api/cart/items/[gameId]/route";
import * as cartItemsRoute from "@/app/api/cart/items/route";
import * as cartRoute from "@/app/api/cart/route";
import { CART_COOKIE } from "@/lib/store/cart/cart-cookie";
import { apiRequest, read } from "@/tests/auth/support/api-request";

type Headers = Record<string, string>;
const SAME_ORIGIN = { origin: "http://localhost" };

/** Cookies as a Cookie header: `session` (already "name=value"), the cart id, and any extra pairs. */
export function cookies({ session, cart, extra = [] }: { session?: string; cart?: string; extra?: string[] }): string | undefined {
  const parts = [session, cart === undefined ? undefined : `${CART_COOKIE}=${cart}`, ...extra].filter(Boolean);
  return parts.length ? parts.join("; ") : undefined;
}

export function cartRoutes(cookie?: string) {
  const request = (path: string, method: string, body?: unknown, headers: Headers = {}) =>
    apiRequest(path, { method, cookie, body, headers: method === "GET" ? headers : { ...SAME_ORIGIN, ...headers } });
  return {
    get: (headers?: Headers) => read(cartRoute.GET(request("/api/cart", "GET", undefined, headers), undefined)),
    add: (body: unknown, headers?: Headers) => read(cartItemsRoute.POST(request("/api/cart/items", "POST", body, headers), undefined)),
    game: (gameId: number | string, headers?: Headers) =>
      read(
        cartGameRoute.GET(request(`/api/cart/games/${gameId}`, "GET", undefined, headers), {
          params: Promise.resolve({ gameId: String(gameId) }),
        }),
      ),
    remove: (gameId: number | string, headers?: Headers) =>
      read(
        cartItemRoute.DELETE(request(`/api/cart/items/${gameId}`, "DELETE", undefined, headers), {
          params: Promise.resolve({ gameId: String(gameId) }),
        }),
      ),
  };
}

/** The Set-Cookie of `name` on a response, parsed: its value and attributes (lower-cased keys). */
export function setCookie(headers: Headers | globalThis.Headers, name: string): ({ value: string } & Record<string, string>) | undefined {
  const all = (headers as globalThis.Headers).getSetCookie();
  const line = all.find((c) => c.startsWith(`${name}=`));
  if (!line) return undefined;
  const [pair = "", ...attributes] = line.split(";").map((s) => s.trim());
  const entries = attributes.map((a) => {
    const [k = "", v = "true"] = a.split("=");
    return [k.toLowerCase(), v] as const;
  });
  return { value: pair.slice(name.length + 1), ...Object.fromEntries(entries) };
}
