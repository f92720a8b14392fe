// Requests to the route handlers as a browser on this site would send them.
import { NextRequest } from "next/server";

export interface ApiRequestOptions {
  method?: string;
  cookie?: string;
  /** JSON-encoded unless a string (sent as is). */
  body?: unknown;
  headers?: Record<string, string>;
}

/** A request to http://localhost<path>; a body goes as application/json unless headers say otherwise. */
export function apiRequest(path: string, { method = "GET", cookie, body, headers = {} }: ApiRequestOptions = {}): NextRequest {
  const h = new Headers(headers);
  if (cookie) h.set("cookie", cookie);
  if (body !== undefined && !h.has("content-type")) h.set("content-type", "application/json");
  const payload = body === undefined ? undefined : typeof body === "string" ? body : JSON.stringify(body);
  return new NextRequest(`http://localhost${path}`, { method, headers: h, body: payload });
}

// Response bodies are asserted field by field; typing them would only restate the assertions.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Json = Record<string, any>;

/** Status and parsed JSON body (null for an empty body, as a 204 has). */
export async function read(response: Response | Promise<Response>): Promise<{ status: number; body: Json; headers: Headers }> {
  const res = await response;
  const text = await res.text();
  return { status: res.status, body: text ? (JSON.parse(text) as Json) : (null as unknown as Json), headers: res.headers };
}
