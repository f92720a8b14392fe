import { NextResponse } from "next/server";

function isMultipart(contentType: string | null): boolean {
  return contentType?.split(";", 1)[0]?.trim().toLowerCase() === "multipart/form-data";
}

/**
 * A 400 for a POST that says multipart/form-data but whose body does not parse as one, or undefined to carry
 * on. Next reads such a POST to a page (and to any path that is no route, e.g. "/api/admin/queues/%2e%2e/x")
 * as a no-JavaScript Server Action submission and answers a bare 500 when the form does not parse (found by
 * `npm run fuzz`). Well-formed forms, our sign-in form's among them, pass on; our API routes take JSON only.
 *
 * @example
 * await rejectMalformedForm(request) // undefined, or 400 "Bad Request: …"
 */
export async function rejectMalformedForm(request: Request): Promise<Response | undefined> {
  if (request.method !== "POST" || !isMultipart(request.headers.get("content-type"))) return undefined;
  try {
    await request.clone().formData();
    return undefined;
  } catch {
    return new NextResponse("Bad Request: the body is not valid multipart/form-data.", {
      status: 400,
      headers: { "content-type": "text/plain; charset=utf-8" },
    });
  }
}
