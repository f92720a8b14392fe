// CSRF defence for our JSON APIs (Auth.js guards its own routes with a double-submit token). Session cookies
// ride along on cross-site requests, so a mutating request must show it came from our own pages:
// - POST, PUT and PATCH must be `Content-Type: application/json`. A cross-site <form> can only send
//   urlencoded, multipart or text/plain, and a cross-site fetch() with a JSON type needs a CORS preflight,
//   which we never grant.
// - When the browser sends Origin (all do on cross-site and non-GET requests), its host must be ours.
import { getEnv } from "@/lib/env";
import { AppError } from "@/lib/errors/app-error";

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);
const BODY_METHODS = new Set(["POST", "PUT", "PATCH"]);

/**
 * Throws AppError("forbidden") (a 403) unless a mutating request is same-origin JSON; safe methods pass.
 * Call it first in every cookie-authenticated POST/PUT/PATCH/DELETE handler.
 *
 * @example
 * export const POST = withErrors(async (req: NextRequest) => {
 *   assertSameOrigin(req);
 *   const user = await requireUser(req);
 *   …
 * });
 */
export function assertSameOrigin(request: Request): void {
  const method = request.method.toUpperCase();
  if (SAFE_METHODS.has(method)) return;
  if (BODY_METHODS.has(method) && !isJson(request.headers.get("content-type"))) {
    throw new AppError("forbidden", "Send the body as JSON (Content-Type: application/json).");
  }
  const origin = request.headers.get("origin");
  if (origin !== null && !ownHosts(request).has(hostOf(origin) ?? "")) {
    throw new AppError("forbidden", "Cross-site requests are not allowed here.", { origin });
  }
}

function isJson(contentType: string | null): boolean {
  return contentType?.split(";", 1)[0]?.trim().toLowerCase() === "application/json";
}

// Hosts compared without the scheme, as Next.js checks Server Action origins (Host / X-Forwarded-Host against
// Origin): behind a TLS-terminating proxy the request URL says http while the browser's Origin says https.
// X-Forwarded-Host is safe to trust here: a cross-site page cannot set it without a preflight we refuse.
function ownHosts(request: Request): Set<string> {
  const hosts = new Set<string>();
  const add = (host: string | null | undefined) => host && hosts.add(host.trim().toLowerCase());
  add(new URL(request.url).host);
  add(request.headers.get("host"));
  add(request.headers.get("x-forwarded-host")?.split(",", 1)[0]);
  const site = getEnv().SITE_URL;
  if (site) add(new URL(site).host);
  return hosts;
}

// "null" (sandboxed frames, some redirects) and anything unparsable match nothing.
function hostOf(origin: string): string | undefined {
  try {
    return new URL(origin).host.toLowerCase() || undefined;
  } catch {
    return undefined;
  }
}
