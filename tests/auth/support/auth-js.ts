// Talking to the real Auth.js route handlers in-process, as a browser's sign-in form does: fetch the CSRF token
// (and its cookie), then post the form with both.
import { NextRequest } from "next/server";

import { handlers } from "@/lib/auth/auth";

/** The cookies a response sets, as one Cookie header value (name=value; …). */
export function cookiesFrom(response: Response): string {
  return response.headers
    .getSetCookie()
    .map((c) => c.split(";", 1)[0]!)
    .join("; ");
}

/** A Cookie header with a response's cookies laid over earlier ones, name by name, as a browser keeps them. */
export function withCookiesFrom(cookie: string, response: Response): string {
  const jar = new Map(
    cookie
      .split(/;\s*/)
      .filter(Boolean)
      .map((pair) => [pair.split("=", 1)[0]!, pair] as const),
  );
  for (const pair of cookiesFrom(response).split(/;\s*/).filter(Boolean)) jar.set(pair.split("=", 1)[0]!, pair);
  return [...jar.values()].join("; ");
}

/** GET /api/auth/csrf: the token for forms and the cookie that must come with it. */
export async function csrf(): Promise<{ csrfToken: string; cookie: string }> {
  const res = await handlers.GET(new NextRequest("http://localhost/api/auth/csrf"));
  const { csrfToken } = (await res.json()) as { csrfToken: string };
  return { csrfToken, cookie: cookiesFrom(res) };
}

/**
 * POSTs one of Auth.js's forms (`path` under /api/auth) as a browser does: a fresh CSRF token in the body and its
 * cookie in the header. Returns Auth.js's answer and that cookie (an OAuth callback needs it again).
 */
export async function postAuthForm(
  path: string,
  fields: Record<string, string>,
  { origin = "http://localhost", headers = {} }: { origin?: string; headers?: Record<string, string> } = {},
): Promise<{ response: Response; cookie: string }> {
  const { csrfToken, cookie } = await csrf();
  const response = await handlers.POST(
    new NextRequest(`${origin}/api/auth/${path}`, {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded", cookie, ...headers },
      body: new URLSearchParams({ csrfToken, ...fields }).toString(),
    }),
  );
  return { response, cookie };
}

/** POST /api/auth/callback/credentials as the sign-in form would; the answer is Auth.js's redirect. */
export async function signInWithPassword(email: string, password: string, headers: Record<string, string> = {}): Promise<Response> {
  return (await postAuthForm("callback/credentials", { email, password, callbackUrl: "http://localhost/" }, { headers })).response;
}

/** POST /api/auth/signin/email: asks for an emailed sign-in link; the answer is Auth.js's redirect. */
export async function requestSignInLink(email: string, origin = "http://localhost"): Promise<Response> {
  return (await postAuthForm("signin/email", { email, callbackUrl: "http://localhost/library" }, { origin })).response;
}
