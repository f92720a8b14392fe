// The security headers proxy.ts sends on every response: a pure function of the request's kind and a few
// settings, so the policy is unit-tested without a server (tests/security/build-security-headers.test.ts).

/**
 * - `nonce`: a page rendered per request. Next reads the nonce from the request's CSP header and puts it on
 *   every script it emits, so script-src allows that nonce alone (and, through 'strict-dynamic', what those
 *   scripts load).
 * - `prerendered`: a page served from the build or the ISR cache. Its HTML was rendered without a request,
 *   so its inline scripts (React's flight data, `self.__next_f.push(…)`) carry no nonce and differ per page
 *   and per revalidation; no nonce or hash list can name them (see proxy.ts for the trade-off).
 * - `api`: JSON and other non-HTML answers: nothing may load or run.
 */
export type ResponseKind = "nonce" | "prerendered" | "api";

export interface SecurityHeaderOptions {
  kind: ResponseKind;
  /** Base64, fresh per request; required when kind is "nonce". */
  nonce?: string;
  /** The public origin is https (SITE_URL): HSTS and upgrade-insecure-requests. */
  https: boolean;
  /** Origins sign-in forms may post to or be redirected to (the configured OAuth providers' authorize pages). */
  formActionOrigins?: readonly string[];
  /** `next dev`: React's debugging needs eval, and the dev overlay injects styles without a nonce. */
  dev?: boolean;
}

/** Cover art is hot-linked from IGDB's image CDN (lib/igdb/images.ts). */
export const IMAGE_ORIGINS = ["https://images.igdb.com"] as const;

const NONCE_PATTERN = /^[A-Za-z0-9+/_-]+={0,2}$/;

/**
 * The Content-Security-Policy value for one response.
 *
 * @example
 * buildContentSecurityPolicy({ kind: "nonce", nonce: "rAnd0m==", https: true })
 * // "default-src 'self'; script-src 'self' 'nonce-rAnd0m==' 'strict-dynamic'; … frame-ancestors 'none'; …"
 */
export function buildContentSecurityPolicy(options: SecurityHeaderOptions): string {
  if (options.kind === "api") return "default-src 'none'; frame-ancestors 'none'";
  const { kind, nonce, dev = false } = options;
  if (kind === "nonce" && (!nonce || !NONCE_PATTERN.test(nonce))) throw new Error("a nonce policy needs a base64 nonce");
  const eval_ = dev ? ["'unsafe-eval'"] : [];
  const directives: Array<[string, string[]]> = [
    ["default-src", ["'self'"]],
    // 'self' is only a fallback for browsers without 'strict-dynamic' (CSP2); newer ones ignore it.
    [
      "script-src",
      kind === "nonce" ? ["'self'", `'nonce-${nonce}'`, "'strict-dynamic'", ...eval_] : ["'self'", "'unsafe-inline'", ...eval_],
    ],
    // No inline event handlers (onerror=…) anywhere: neither React nor Next render any, and on prerendered
    // pages this is what keeps an injected <img onerror> from running despite 'unsafe-inline' for elements.
    ["script-src-attr", ["'none'"]],
    // Style elements: the stylesheet files, plus Next's nonce'd inline styles on per-request pages (prerendered
    // HTML has no <style> element, and client navigations add stylesheets as <link>s).
    ["style-src", dev ? ["'self'", "'unsafe-inline'"] : kind === "nonce" ? ["'self'", `'nonce-${nonce}'`] : ["'self'"]],
    // Style attributes cannot carry a nonce, and server-rendered ones (the console's bar widths) are plain
    // markup; they cannot run script or load anything beyond img-src.
    ["style-src-attr", ["'unsafe-inline'"]],
    ["img-src", ["'self'", "data:", "blob:", ...IMAGE_ORIGINS]],
    ["font-src", ["'self'"]],
    ["connect-src", ["'self'"]],
    ["object-src", ["'none'"]],
    ["base-uri", ["'self'"]],
    // A no-JavaScript OAuth sign-in posts here and is redirected on to the provider: the redirect is checked too.
    ["form-action", ["'self'", ...(options.formActionOrigins ?? [])]],
    ["frame-ancestors", ["'none'"]],
  ];
  const policy = directives.map(([name, sources]) => `${name} ${sources.join(" ")}`);
  if (options.https) policy.push("upgrade-insecure-requests");
  return policy.join("; ");
}

/** Every security header for one response, CSP included. */
export function buildSecurityHeaders(options: SecurityHeaderOptions): Record<string, string> {
  const headers: Record<string, string> = {
    "Content-Security-Policy": buildContentSecurityPolicy(options),
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "strict-origin-when-cross-origin",
    // frame-ancestors covers current browsers; this covers the ones that predate it.
    "X-Frame-Options": "DENY",
  };
  // Only when the public origin is https: HSTS over a plain-http install would lock its own users out.
  if (options.https) headers["Strict-Transport-Security"] = "max-age=31536000; includeSubDomains";
  return headers;
}
