import { AppError } from "./errors";

/**
 * The request body parsed as JSON, or AppError("invalid_json") (a 400) when it is not JSON. Schema checks
 * come after, so "not JSON at all" and "JSON with wrong fields" get different, clearer errors.
 *
 * @example
 * const body = createLibraryEntryBodySchema.parse(await readJsonBody(req));
 */
export async function readJsonBody(request: Request): Promise<unknown> {
  try {
    return await request.json();
  } catch {
    throw new AppError("invalid_json", "The body must be a JSON object.");
  }
}
