import { NextResponse } from "next/server";

import type { ApiErrorBody } from "./errors";

/** True when every segment of a raw (still percent-encoded) path decodes, as Next's route matcher requires. */
function decodes(pathname: string): boolean {
  try {
    for (const segment of pathname.split("/")) decodeURIComponent(segment);
    return true;
  } catch {
    return false;
  }
}

/**
 * A 400 for a path with a broken percent-escape ("/api/games/%", "/games/a%zz", a lone surrogate's bytes), or
 * undefined to carry on. Next matches dynamic segments with decodeURIComponent and, when that throws, fails to
 * render its own 400 page in an App Router–only app and answers a bare 500 (found by `npm run fuzz`). Called
 * from proxy.ts, which runs before route matching; the raw path is kept there (URL does not decode it).
 *
 * @example
 * rejectMalformedPath(new URL("http://x/api/games/%")) // 400 {error: {code: "invalid_parameters", …}}
 */
export function rejectMalformedPath(url: URL): Response | undefined {
  if (!url.pathname.includes("%") || decodes(url.pathname)) return undefined;
  // The API's error shape, built here rather than with errorResponse(): the proxy bundle stays free of the
  // logger and database error mapping that errors.ts pulls in.
  if (url.pathname.startsWith("/api/")) {
    const body: ApiErrorBody = { error: { code: "invalid_parameters", message: "The path is not valid percent-encoded UTF-8." } };
    return NextResponse.json(body, { status: 400, headers: { "Cache-Control": "no-store" } });
  }
  return new NextResponse("Bad Request: the path is not valid percent-encoded UTF-8.", {
    status: 400,
    headers: { "content-type": "text/plain; charset=utf-8" },
  });
}
