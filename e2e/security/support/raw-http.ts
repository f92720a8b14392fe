// Requests with exactly the headers an attacker chooses (Host included), which fetch and Playwright's request
// context rewrite or refuse. Node's http client sends what it is given.
import { request as httpRequest } from "node:http";

export interface RawResponse {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

/** One request to `url` (http only) with these headers, as is; the body is sent as given. */
export function rawHttp(
  url: string,
  { method = "GET", headers = {}, body }: { method?: string; headers?: Record<string, string>; body?: string } = {},
): Promise<RawResponse> {
  const target = new URL(url);
  return new Promise((resolve, reject) => {
    const req = httpRequest(
      {
        host: target.hostname,
        port: target.port,
        path: `${target.pathname}${target.search}`,
        method,
        headers: { ...headers, ...(body !== undefined ? { "content-length": String(Buffer.byteLength(body)) } : {}) },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on("data", (chunk: Buffer) => chunks.push(chunk));
        res.on("end", () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString("utf8") }));
        res.on("error", reject);
      },
    );
    req.on("error", reject);
    if (body !== undefined) req.write(body);
    req.end();
  });
}

/** The cookies a response sets, as one Cookie header value (name=value pairs only). */
export function cookiesOf(res: RawResponse, previous = ""): string {
  const set = res.headers["set-cookie"] ?? [];
  const jar = new Map(
    previous
      .split(/;\s*/)
      .filter(Boolean)
      .map((pair) => [pair.split("=", 1)[0]!, pair] as const),
  );
  for (const line of Array.isArray(set) ? set : [set]) {
    const pair = line.split(";", 1)[0]!;
    jar.set(pair.split("=", 1)[0]!, pair);
  }
  return [...jar.values()].join("; ");
}

/**
 * Asks the server at `base` to email a sign-in link to `email` (Auth.js's email provider, as the sign-in form
 * does): the CSRF token and its cookie first, then the form post, with any extra headers on both.
 */
export async function requestSignInLink(base: string, email: string, headers: Record<string, string> = {}): Promise<RawResponse> {
  const csrf = await rawHttp(`${base}/api/auth/csrf`, { headers });
  const { csrfToken } = JSON.parse(csrf.body) as { csrfToken: string };
  const form = new URLSearchParams({ csrfToken, email, callbackUrl: "/library" }).toString();
  return rawHttp(`${base}/api/auth/signin/email`, {
    method: "POST",
    headers: { ...headers, cookie: cookiesOf(csrf), "content-type": "application/x-www-form-urlencoded" },
    body: form,
  });
}

/** Signs in with email and password through Auth.js's credentials callback; the session's Cookie header value. */
export async function signInWithPassword(base: string, email: string, password: string): Promise<string> {
  const csrf = await rawHttp(`${base}/api/auth/csrf`);
  const { csrfToken } = JSON.parse(csrf.body) as { csrfToken: string };
  const res = await rawHttp(`${base}/api/auth/callback/credentials`, {
    method: "POST",
    headers: { cookie: cookiesOf(csrf), "content-type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams({ csrfToken, email, password, callbackUrl: "/" }).toString(),
  });
  const cookie = cookiesOf(res, cookiesOf(csrf));
  if (!/authjs\.session-token=/.test(cookie)) throw new Error(`no session after signing in (${res.status})`);
  return cookie;
}
