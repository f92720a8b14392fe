// Security headers on every response (Next 16's proxy, formerly middleware; it runs on the Node.js runtime,
// so it reads settings through lib/env like the rest of the server).
//
// Why two page policies. A nonce-based CSP needs the HTML to be rendered per request: Next takes the nonce from
// the request's Content-Security-Policy header and stamps it on every script it emits. The popular game pages,
// the home page and /platforms are prerendered (generateStaticParams + ISR) so crawlers and visitors get cached
// HTML fast; that HTML was rendered without a request, and its inline scripts (React's flight data,
// `self.__next_f.push(…)`, one per chunk, different per page and per revalidation) carry no nonce. Options
// weighed (Next 16 docs, guides/content-security-policy):
// - nonces everywhere: every prerendered page would become dynamic (Next: "static optimization and ISR are
//   disabled"); turning that off for the game pages is what the product must not do;
// - experimental.sri: adds `integrity` to the external chunks only; the inline flight scripts would still
//   need 'unsafe-inline', and a policy with any hash ignores 'unsafe-inline', so it buys nothing here;
// - hashes of each page's inline scripts: this proxy never sees the body, and ISR rewrites it hourly;
// - the split, chosen: per-request pages (search, sign-in, library, admin, platform pages …, everything that
//   reflects a request) get 'nonce-…' 'strict-dynamic'; prerendered pages get 'self' 'unsafe-inline' with
//   script-src-attr 'none' (no inline event handlers, the usual injection sink). Prerendered HTML holds no
//   request input by construction, which is where reflected XSS would come from; every other directive
//   (frame-ancestors, object-src, base-uri, form-action, img-src, connect-src) is the same on both.
// The prerendered set is a path list (lib/security/classify-response-kind.ts) that the security e2e spec
// checks against the build's prerender manifest; Chromium e2e runs fail on any CSP violation
// (e2e/support/csp-violations.ts), which is what a page put in the wrong set would cause. Those pages skip this
// proxy altogether (matcher below) and get the same headers from next.config.ts: measured with autocannon on a
// prerendered game page, going through the proxy cost about half its throughput (Next's proxy machinery, not
// this code), and their policy has no per-request part.
import { NextResponse, type NextRequest } from "next/server";

import { rejectMalformedForm } from "@/lib/api/reject-malformed-form";
import { rejectMalformedPath } from "@/lib/api/reject-malformed-path";
import { proxiedSignedInHint } from "@/lib/auth/signed-in-hint";
import { getEnv } from "@/lib/env";
import { buildSecurityHeaders } from "@/lib/security/build-security-headers";
import { classifyResponseKind } from "@/lib/security/classify-response-kind";
import { listFormActionOrigins } from "@/lib/security/list-form-action-origins";

function freshNonce(): string {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return Buffer.from(bytes).toString("base64");
}

export async function proxy(request: NextRequest): Promise<Response> {
  // Requests Next itself would answer with a bare 500 (a broken percent-escape in a dynamic segment, a
  // multipart body it takes for a no-JS Server Action) get a 400 first; found by `npm run fuzz`.
  const env = getEnv();
  const https = env.SITE_URL?.startsWith("https:") ?? false;
  const formActionOrigins = listFormActionOrigins(env);
  const dev = env.NODE_ENV === "development";
  const malformed = rejectMalformedPath(request.nextUrl) ?? (await rejectMalformedForm(request));
  if (malformed) {
    // A plain-text or JSON refusal: the policy that loads nothing, as for the API.
    for (const [name, value] of Object.entries(buildSecurityHeaders({ kind: "api", https, formActionOrigins, dev }))) {
      malformed.headers.set(name, value);
    }
    return malformed;
  }
  const kind = classifyResponseKind(request.nextUrl.pathname);
  const nonce = kind === "nonce" ? freshNonce() : undefined;
  const headers = buildSecurityHeaders({ kind, nonce, https, formActionOrigins, dev });
  const csp = headers["Content-Security-Policy"]!;

  let response: NextResponse;
  if (nonce) {
    // Next reads the nonce from the request's own CSP header while rendering.
    const requestHeaders = new Headers(request.headers);
    requestHeaders.set("content-security-policy", csp);
    response = NextResponse.next({ request: { headers: requestHeaders } });
  } else if (request.headers.has("content-security-policy")) {
    // A client's own CSP request header would make Next stamp its nonce into an ISR page being regenerated.
    const requestHeaders = new Headers(request.headers);
    requestHeaders.delete("content-security-policy");
    response = NextResponse.next({ request: { headers: requestHeaders } });
  } else {
    response = NextResponse.next();
  }
  for (const [name, value] of Object.entries(headers)) response.headers.set(name, value);
  // The script-readable "signed in" hint follows the session cookie (lib/auth/signed-in-hint.ts).
  const hint = proxiedSignedInHint({
    cookieNames: request.cookies.getAll().map((cookie) => cookie.name),
    // Next's own marker of a Server Action request (the header its client sends with the action's id).
    serverAction: request.method === "POST" && request.headers.has("next-action"),
    secure: https,
  });
  if (hint) response.cookies.set(hint);
  return response;
}

export const config = {
  // Skipped: build assets (immutable same-origin files, no page runs in them), and the prerendered pages of
  // PRERENDERED_PAGE_SOURCES (/, /platforms, /games/{slug}, /signin/check-email, /forgot-password, /robots.txt),
  // whose headers next.config.ts sets: the proxy's call cost about half their throughput. Next needs literals here; the
  // security e2e spec checks these pages' headers and the list against the build's prerender manifest.
  // A game slug with a "%" is never a real one (slugs are [a-z0-9-]) and may be a broken escape, so it is not
  // skipped; nor is any request with a body (the second matcher), which may be a malformed form.
  matcher: [
    "/((?!$|_next/static/|_next/image|favicon\\.ico|games/[^/%]+$|platforms$|signin/check-email$|forgot-password$|robots\\.txt$|sitemap\\.xml$|sitemap-index\\.xml$|sitemap/[^/%]+$).*)",
    { source: "/:path*", has: [{ type: "header", key: "content-type" }] },
  ],
};
