// The admin console's calls to /api/admin/* from the browser. Errors come back as the API's own message
// ({error: {code, message}}), so a refused or invalid action says why in the console.

export class AdminApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    /** The error's `details`, when the API sent any. */
    readonly details?: unknown,
  ) {
    super(message);
    this.name = "AdminApiError";
  }
}

async function parse<T>(res: Response, what: string): Promise<T> {
  if (res.ok) return (res.status === 204 ? null : await res.json()) as T;
  const body = (await res.json().catch(() => null)) as { error?: { code?: string; message?: string; details?: unknown } } | null;
  throw new AdminApiError(
    res.status,
    body?.error?.code ?? "http_error",
    body?.error?.message ?? `${what}: HTTP ${res.status}`,
    body?.error?.details,
  );
}

/** GET a JSON admin resource. */
export async function adminGet<T>(url: string): Promise<T> {
  return parse<T>(await fetch(url, { cache: "no-store" }), `GET ${url}`);
}

/** POST/PATCH/PUT/DELETE with a JSON body (the API refuses anything else from a browser: CSRF). */
export async function adminSend<T = unknown>(
  url: string,
  method: "POST" | "PATCH" | "PUT" | "DELETE",
  body: unknown = {},
  /** Extra headers, e.g. an Idempotency-Key. */
  headers: Record<string, string> = {},
): Promise<T> {
  const res = await fetch(url, { method, headers: { ...headers, "Content-Type": "application/json" }, body: JSON.stringify(body) });
  return parse<T>(res, `${method} ${url}`);
}
