import type { RouteName } from "./types";

// Next serves client navigations and prefetches of a page from the page's own URL (with ?_rsc= or RSC
// headers), and prerendered payloads may be asked for by their file names: all of them count as the page.
const RSC_SUFFIX = /(\.prefetch)?\.rsc$|\.segments\/.*$/;

/**
 * The route of a request URL (path and query, as Node's request.url has it), or null for build assets,
 * which are static files whose timing says nothing about the app.
 *
 * @example
 * classifyRoute("/games/tetris?_rsc=1x2y") // "game_page"
 * classifyRoute("/_next/static/chunks/app.js") // null
 */
export function classifyRoute(url: string): RouteName | null {
  let path = url.split(/[?#]/, 1)[0] ?? "/";
  if (path.startsWith("/_next/static/")) return null;
  path = path.replace(RSC_SUFFIX, "");
  if (path.length > 1 && path.endsWith("/")) path = path.slice(0, -1);
  if (path === "/api/games/search") return "search_api";
  if (path === "/search") return "search_page";
  if (/^\/games\/[^/]+$/.test(path)) return "game_page";
  if (/^\/api\/games\/[^/]+$/.test(path)) return "game_api";
  return "other";
}
