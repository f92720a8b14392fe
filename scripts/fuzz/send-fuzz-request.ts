import type { FuzzRequest } from "./fuzz-request";

export interface FuzzResponse {
  /**
   * The HTTP status, or "timeout" / "network" when no answer came (a crashed or hung server), or "head-too-large"
   * when a request whose head is over Node's 16 KB limit was cut off: Node answers those with a 431 and closes
   * the connection, which fetch() may see as a reset while it still sends the body (or as a redirect whose
   * Location, our URL echoed, is too long for it to read). That is the limit working, not the app failing.
   * "answer-head-too-large": an answer came whose head fetch() will not read (over 16 KB). Next's trailing-slash
   * redirect does that: it sends the URL twice (Location and Refresh), each invalid UTF-8 escape in the query
   * (9 characters) rewritten as three U+FFFD escapes (27), so a 3 KB URL gets a 16.5 KB answer head.
   */
  status: number | "timeout" | "network" | "head-too-large" | "answer-head-too-large";
  /** From sending to the whole body read (to the headers for event streams, which never end). */
  ms: number;
  /** The start of the answer's body, for the failure report. */
  excerpt: string;
}

const NODE_MAX_HEADER_SIZE = 16 * 1024;

function headBytes(request: FuzzRequest): number {
  return (
    Buffer.byteLength(request.path) +
    Object.entries(request.headers).reduce((n, [k, v]) => n + k.length + Buffer.byteLength(v, "latin1") + 4, 0)
  );
}

/**
 * Sends one fuzz case and measures it. Never throws: a refused connection or a timeout is a result too.
 *
 * @example
 * const { status, ms } = await sendFuzzRequest("http://127.0.0.1:3000", request, 10_000);
 */
export async function sendFuzzRequest(baseUrl: string, request: FuzzRequest, timeoutMs: number): Promise<FuzzResponse> {
  const started = performance.now();
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), timeoutMs);
  try {
    const res = await fetch(baseUrl + request.path, {
      method: request.method,
      headers: request.headers,
      body: typeof request.body === "string" || request.body === undefined ? request.body : Buffer.from(request.body),
      redirect: "manual",
      signal: controller.signal,
    });
    let excerpt = "";
    if ((res.headers.get("content-type") ?? "").includes("text/event-stream")) {
      await res.body?.cancel();
    } else {
      excerpt = (await res.text()).slice(0, 300);
    }
    return { status: res.status, ms: performance.now() - started, excerpt };
  } catch (error) {
    const ms = performance.now() - started;
    if (controller.signal.aborted) return { status: "timeout", ms, excerpt: "" };
    const excerpt = String((error as Error).cause ?? error).slice(0, 300);
    if (headBytes(request) > NODE_MAX_HEADER_SIZE) return { status: "head-too-large", ms, excerpt };
    if ((error as { cause?: { code?: string } }).cause?.code === "UND_ERR_HEADERS_OVERFLOW")
      return { status: "answer-head-too-large", ms, excerpt };
    return { status: "network", ms, excerpt };
  } finally {
    clearTimeout(timer);
  }
}

/** A request as a copy-pasteable curl command line (bodies cut to 2 KB), so a failure can be reproduced by hand. */
export function describeFuzzRequest(baseUrl: string, request: FuzzRequest): string {
  const quote = (s: string) => `'${s.replace(/'/g, "'\\''")}'`;
  const parts = ["curl", "-i", "-X", request.method, quote(baseUrl + request.path)];
  for (const [name, value] of Object.entries(request.headers))
    parts.push("-H", quote(`${name}: ${value.length > 300 ? `${value.slice(0, 300)}…` : value}`));
  if (request.body !== undefined) {
    const text =
      typeof request.body === "string"
        ? request.body
        : `<${request.body.length} bytes: ${Buffer.from(request.body).toString("hex").slice(0, 200)}>`;
    parts.push("--data-binary", quote(text.length > 2_000 ? `${text.slice(0, 2_000)}… (${text.length} chars)` : text));
  }
  return parts.join(" ");
}
