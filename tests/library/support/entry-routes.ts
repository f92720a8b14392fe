// The library and wishlist route handlers, called as a browser on this site calls them (same-origin JSON),
// signed in with `cookie` (a minted Auth.js session, tests/auth/support/session.ts) or signed out without one.
import * as libraryEntryRoute from "@/app/api/users/me/library/[gameId]/route";
import * as libraryRoute from "@/app/api/users/me/library/route";
import * as wishlistEntryRoute from "@/app/api/users/me/wishlist/[gameId]/route";
import * as wishlistRoute from "@/app/api/users/me/wishlist/route";
import { getCatalogDb } from "@/lib/catalog/db";
import { apiRequest, read } from "@/tests/auth/support/api-request";

type Headers = Record<string, string>;
const SAME_ORIGIN = { origin: "http://localhost" };
const params = (gameId: number | string) => ({ params: Promise.resolve({ gameId: String(gameId) }) });

export function entryRoutes(cookie?: string) {
  const request = (path: string, method: string, body?: unknown, headers: Headers = {}) =>
    apiRequest(path, { method, cookie, body, headers: method === "GET" ? headers : { ...SAME_ORIGIN, ...headers } });
  return {
    listLibrary: (query = "") => read(libraryRoute.GET(request(`/api/users/me/library${query}`, "GET"), undefined)),
    addToLibrary: (body: unknown, headers?: Headers) =>
      read(libraryRoute.POST(request("/api/users/me/library", "POST", body, headers), undefined)),
    changeLibrary: (gameId: number | string, body: unknown, headers?: Headers) =>
      read(libraryEntryRoute.PATCH(request(`/api/users/me/library/${gameId}`, "PATCH", body, headers), params(gameId))),
    removeFromLibrary: (gameId: number | string, headers?: Headers) =>
      read(libraryEntryRoute.DELETE(request(`/api/users/me/library/${gameId}`, "DELETE", undefined, headers), params(gameId))),
    listWishlist: () => read(wishlistRoute.GET(request("/api/users/me/wishlist", "GET"), undefined)),
    addToWishlist: (body: unknown, headers?: Headers) =>
      read(wishlistRoute.POST(request("/api/users/me/wishlist", "POST", body, headers), undefined)),
    changeWishlist: (gameId: number | string, body: unknown, headers?: Headers) =>
      read(wishlistEntryRoute.PATCH(request(`/api/users/me/wishlist/${gameId}`, "PATCH", body, headers), params(gameId))),
    removeFromWishlist: (gameId: number | string, headers?: Headers) =>
      read(wishlistEntryRoute.DELETE(request(`/api/users/me/wishlist/${gameId}`, "DELETE", undefined, headers), params(gameId))),
  };
}

/** Ids of the most popular games of the test catalog's local replica, with the slug of one platform each. */
export function popularGames(count: number): Array<{ id: number; platform: string }> {
  return getCatalogDb()
    .prepare(
      `SELECT g.id, (SELECT p.slug FROM releases r JOIN platforms p ON p.id = r.platform_id WHERE r.game_id = g.id LIMIT 1) AS platform
       FROM games g ORDER BY g.popularity DESC LIMIT ?`,
    )
    .all(count) as Array<{ id: number; platform: string }>;
}

/** An id no catalog (local or the IGDB stand-in) knows. */
export const UNKNOWN_GAME_ID = 2_000_000_000;
