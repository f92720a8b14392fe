import { AppError } from "@/lib/errors/app-error";

/** Every JSON body our API takes is a small record; 64 KB is far above any of them. */
export const DEFAULT_JSON_BODY_LIMIT_BYTES = 64 * 1024;

export interface ReadJsonBodyOptions {
  /** Largest body accepted, in bytes; past it the request gets 413 payload_too_large. */
  maxBytes?: number;
}

/**
 * The request body parsed as JSON, or AppError("invalid_json") (a 400) when it is not JSON. Schema checks
 * come after, so "not JSON at all" and "JSON with wrong fields" get different, clearer errors.
 * Bodies over `maxBytes` (default 64 KB) get AppError("payload_too_large") (a 413) before any parsing: a
 * declared Content-Length over the cap is refused unread, and a body without one (chunked) or lying about
 * it is read only up to the cap, so one request can never make us buffer or parse megabytes.
 *
 * @example
 * const body = createLibraryEntryBodySchema.parse(await readJsonBody(req));
 */
export async function readJsonBody(
  request: Request,
  { maxBytes = DEFAULT_JSON_BODY_LIMIT_BYTES }: ReadJsonBodyOptions = {},
): Promise<unknown> {
  const text = await readBodyText(request, maxBytes);
  try {
    return JSON.parse(text);
  } catch {
    throw new AppError("invalid_json", "The body must be a JSON object.");
  }
}

function tooLarge(maxBytes: number): AppError {
  return new AppError("payload_too_large", `The body is too large: at most ${maxBytes} bytes.`, { max_bytes: maxBytes });
}

/** The body as UTF-8 text, read only up to `maxBytes` (413 past it): for routes that need the exact bytes (a signed webhook). */
export async function readBodyText(request: Request, maxBytes: number = DEFAULT_JSON_BODY_LIMIT_BYTES): Promise<string> {
  const declared = request.headers.get("content-length");
  if (declared !== null && /^\d+$/.test(declared.trim()) && Number(declared) > maxBytes) throw tooLarge(maxBytes);
  if (!request.body) return "";
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      // Stop reading: the rest of the upload is discarded, not buffered.
      await reader.cancel().catch(() => {});
      throw tooLarge(maxBytes);
    }
    chunks.push(value);
  }
  // What Request.json() does: UTF-8 with replacement characters, a leading BOM dropped.
  return new TextDecoder().decode(Buffer.concat(chunks));
}
