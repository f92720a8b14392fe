// A player made through the site's own HTTP API as a browser would: sign-up, then sign-in with the password
// form. Returns a session whose calls carry the cookies the server set (bench:web's buyer, bench:scale's
// library readers).
import { randomBytes } from "node:crypto";

const PASSWORD = "copper kettle lantern 42";

/** A cookie jar for fetch: what the server set, sent back on every later request. */
function cookieJar() {
  const cookies = new Map<string, string>();
  return {
    header: () => [...cookies].map(([name, value]) => `${name}=${value}`).join("; "),
    keep(res: Response) {
      for (const line of res.headers.getSetCookie()) {
        const [pair] = line.split(";");
        const eq = pair!.indexOf("=");
        const name = pair!.slice(0, eq);
        const value = pair!.slice(eq + 1);
        if (value) cookies.set(name, value);
        else cookies.delete(name);
      }
    },
  };
}

export interface PlayerSession {
  email: string;
  /** fetch on `base` with the player's cookies and our own Origin (the API takes mutations only from it: CSRF). */
  call(path: string, init?: RequestInit): Promise<Response>;
  /** The Cookie header a browser would send now. */
  cookie(): string;
}

export const jsonPost = (body: unknown): RequestInit => ({
  method: "POST",
  headers: { "content-type": "application/json" },
  body: JSON.stringify(body),
});

export async function expectStatus(res: Response, ok: number[], what: string): Promise<Response> {
  if (!ok.includes(res.status)) throw new Error(`${what}: HTTP ${res.status} ${await res.text()}`);
  return res;
}

export async function signUpPlayer(base: string, prefix = "bench"): Promise<PlayerSession> {
  const jar = cookieJar();
  async function call(path: string, init: RequestInit = {}): Promise<Response> {
    const headers = new Headers(init.headers);
    headers.set("cookie", jar.header());
    headers.set("origin", base);
    const res = await fetch(base + path, { ...init, headers, redirect: "manual" });
    jar.keep(res);
    return res;
  }
  const email = `${prefix}-${randomBytes(4).toString("hex")}@example.com`;
  await expectStatus(await call("/api/users", jsonPost({ email, password: PASSWORD })), [202], "sign-up");
  const { csrfToken } = (await (await call("/api/auth/csrf")).json()) as { csrfToken: string };
  const form = new URLSearchParams({ csrfToken, email, password: PASSWORD, callbackUrl: "/" });
  await expectStatus(
    await call("/api/auth/callback/credentials", {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded" },
      body: form,
    }),
    [302],
    "sign-in",
  );
  return { email, call, cookie: jar.header };
}
