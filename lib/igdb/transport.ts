// One HTTP exchange with IGDB, classified into data or an IgdbError. No retries here: see igdb-client.ts.
import { IgdbError } from "./errors";

export interface IgdbResponse {
  json: unknown;
  /** x-count: matches before limit/offset, when IGDB sent it. */
  count: number | null;
}

export interface SendOptions {
  url: string;
  clientId: string;
  token: string;
  body: string;
  timeoutMs: number;
}

function retryAfterMs(header: string | null): number | null {
  if (!header) return null;
  const seconds = Number(header);
  if (Number.isFinite(seconds)) return Math.max(0, seconds * 1000);
  const date = Date.parse(header);
  return Number.isNaN(date) ? null : Math.max(0, date - Date.now());
}

export async function sendApicalypse({ url, clientId, token, body, timeoutMs }: SendOptions): Promise<IgdbResponse> {
  let response: Response;
  let text: string;
  try {
    response = await fetch(url, {
      method: "POST",
      headers: { "Client-ID": clientId, Authorization: `Bearer ${token}`, Accept: "application/json", "Content-Type": "text/plain" },
      body,
      signal: AbortSignal.timeout(timeoutMs),
    });
    text = await response.text();
  } catch (cause) {
    const name = (cause as Error).name;
    if (name === "TimeoutError" || name === "AbortError") {
      throw new IgdbError("timeout", `IGDB did not answer within ${timeoutMs} ms.`, { cause });
    }
    throw new IgdbError("network", `Could not reach IGDB: ${(cause as Error).message}`, { cause });
  }
  const status = response.status;
  if (status === 401) throw new IgdbError("unauthorized", "IGDB refused the access token.", { status });
  if (status === 429) {
    throw new IgdbError("rate_limited", "IGDB rate limit hit (429).", {
      status,
      retryAfterMs: retryAfterMs(response.headers.get("retry-after")),
    });
  }
  if (status >= 500) throw new IgdbError("server", `IGDB failed with ${status}: ${text.slice(0, 200)}`, { status });
  if (status >= 400) throw new IgdbError("bad_request", `IGDB rejected the query (${status}): ${text.slice(0, 300)}`, { status });
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (cause) {
    throw new IgdbError("malformed", `IGDB answered ${status} with a body that is not JSON (${text.length} bytes).`, { status, cause });
  }
  const header = response.headers.get("x-count");
  const count = header !== null && /^\d+$/.test(header) ? Number(header) : null;
  return { json, count };
}
