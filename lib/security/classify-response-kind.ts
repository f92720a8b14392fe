import type { ResponseKind } from "./build-security-headers";

/**
 * The pages `next build` prerenders (static, or ISR with `revalidate`): their HTML comes from the build or
 * the ISR cache, so it carries no per-request nonce. Keep in step with the build's route table (○ and ●);
 * e2e/security/security-headers.spec.ts compares this list with the build's prerender manifest.
 */
export const PRERENDERED_PAGES: readonly RegExp[] = [
  /^\/$/, // app/(store)/page.tsx, revalidate 3600
  /^\/platforms\/?$/, // app/(store)/platforms/page.tsx, revalidate 3600
  /^\/games\/[^/]+\/?$/, // app/(store)/games/[slug]/page.tsx: popular slugs at build time, the rest ISR on first visit
  /^\/signin\/check-email\/?$/, // static
  /^\/forgot-password\/?$/, // static
  /^\/robots\.txt$/, // app/robots.ts, static
  /^\/sitemap(?:\.xml|-index\.xml|\/[^/]+)$/, // the index (app/sitemap-index.xml, rewritten from /sitemap.xml) and app/sitemap.ts's children, ISR
];

/**
 * The same pages as next.config.ts `headers()` sources (path-to-regexp): those responses get their headers from
 * there, and proxy.ts's matcher leaves them out (the proxy cost about half the throughput of a prerendered page).
 */
export const PRERENDERED_PAGE_SOURCES: readonly string[] = [
  "/",
  "/platforms",
  "/games/:slug",
  "/signin/check-email",
  "/forgot-password",
  "/robots.txt",
  "/sitemap.xml",
  "/sitemap-index.xml",
  "/sitemap/:id",
];

/**
 * Which security policy a request's response gets, from its path alone (proxy.ts runs before routing).
 *
 * @example
 * classifyResponseKind("/games/robocop") // "prerendered"
 * classifyResponseKind("/search")        // "nonce"
 * classifyResponseKind("/api/health")    // "api"
 */
export function classifyResponseKind(pathname: string): ResponseKind {
  if (pathname === "/api" || pathname.startsWith("/api/")) return "api";
  return PRERENDERED_PAGES.some((page) => page.test(pathname)) ? "prerendered" : "nonce";
}
