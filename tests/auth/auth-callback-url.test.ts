// Auth.js answers a callback URL it cannot parse (query parameter or cookie) with a 500 "server configuration"
// error; the route wraps its handlers so that is the client's 400 (found by `npm run fuzz`).
import { NextRequest } from "next/server";
import { describe, expect, it } from "vitest";

import { GET, POST } from "@/app/api/auth/[...nextauth]/route";
import { withUsableAuthCallbackUrl } from "@/lib/api/with-usable-auth-callback-url";

import { setUpAccountsDatabase } from "./support/accounts-test-env";

setUpAccountsDatabase();

const request = (path: string, init: { method?: string; cookie?: string } = {}) =>
  new NextRequest(`http://localhost${path}`, {
    method: init.method ?? "GET",
    headers: {
      ...(init.cookie ? { cookie: init.cookie } : {}),
      ...(init.method === "POST" ? { "content-type": "application/x-www-form-urlencoded" } : {}),
    },
    body: init.method === "POST" ? "" : undefined,
  });

describe("the Auth.js route with an unusable callback URL", () => {
  it.each(["PLAYING", "javascript:alert(1)", "%zz", "mailto:a@example.com", "🙂"])(
    "answers GET /api/auth/session?callbackUrl=%s with 400, not 500",
    async (value) => {
      const res = await GET(request(`/api/auth/session?callbackUrl=${encodeURIComponent(value)}`));
      expect(res.status).toBe(400);
      expect(await res.json()).toMatchObject({ error: { code: "invalid_parameters" } });
    },
  );

  it("answers POST /api/auth/signin?callbackUrl=x with 400, not 500", async () => {
    expect((await POST(request("/api/auth/signin?callbackUrl=x", { method: "POST" }))).status).toBe(400);
  });

  it("answers a forged callback-url cookie with 400 and clears the cookie", async () => {
    const res = await GET(request("/api/auth/session", { cookie: "authjs.callback-url=PLAYING" }));
    expect(res.status).toBe(400);
    expect(res.headers.getSetCookie().join()).toMatch(/authjs\.callback-url=;.*Max-Age=0/i);
  });

  it.each(["/", "/library?x=1", "http://localhost/games/a", "https://elsewhere.example/"])(
    "passes callbackUrl=%s on to Auth.js",
    async (value) => {
      const res = await GET(request(`/api/auth/session?callbackUrl=${encodeURIComponent(value)}`));
      expect(res.status).toBe(200);
    },
  );
});

describe("withUsableAuthCallbackUrl", () => {
  it("calls the handler when there is no callback URL at all", async () => {
    const wrapped = withUsableAuthCallbackUrl(async () => new Response("ok"));
    expect(await (await wrapped(request("/api/auth/providers"))).text()).toBe("ok");
  });
});
