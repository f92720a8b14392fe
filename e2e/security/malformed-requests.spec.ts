// Requests `npm run fuzz` found answered with a 500 by Next or Auth.js before anything of ours ran: each is the
// client's 400 now.
import { expect, test } from "@playwright/test";

test.describe("malformed requests get a 400, not a 500", () => {
  for (const path of [
    "/api/games/%",
    "/api/games/a%zz",
    "/api/admin/jobs/%ED%A0%80/promote",
    "/api/users/me/wishlist/%C0%AF",
    "/api/auth/%",
    "/games/%",
    "/platforms/%E0%A4%A",
  ]) {
    test(`a broken percent-escape: ${path}`, async ({ baseURL }) => {
      // fetch() rather than the request fixture, which could normalise the path.
      const res = await fetch(`${baseURL}${path}`, { method: path.includes("promote") ? "POST" : "GET" });
      expect(res.status).toBe(400);
      // The refusal carries the security headers too, with the policy that loads nothing.
      expect(res.headers.get("content-security-policy")).toBe("default-src 'none'; frame-ancestors 'none'");
      expect(res.headers.get("x-content-type-options")).toBe("nosniff");
      if (path.startsWith("/api/")) expect(await res.json()).toMatchObject({ error: { code: "invalid_parameters" } });
    });
  }

  for (const query of ["callbackUrl=PLAYING", "callbackUrl=javascript%3Aalert(1)", "callbackUrl=%F0%9F%99%82"]) {
    test(`an unusable Auth.js callback URL: /api/auth/session?${query}`, async ({ baseURL }) => {
      const res = await fetch(`${baseURL}/api/auth/session?${query}`);
      expect(res.status).toBe(400);
    });
  }

  for (const path of ["/", "/signin", "/no-such-page", "/api/admin/queues/%2e%2e/retry-failed"]) {
    test(`a multipart POST whose body does not parse: ${path}`, async ({ baseURL }) => {
      const res = await fetch(`${baseURL}${path}`, {
        method: "POST",
        headers: { "content-type": "multipart/form-data; boundary=----x" },
        body: "garbage",
      });
      expect(res.status).toBe(400);
      expect(res.headers.get("content-security-policy")).toBe("default-src 'none'; frame-ancestors 'none'");
    });
  }

  test("an unusable Auth.js callback-url cookie", async ({ baseURL }) => {
    const res = await fetch(`${baseURL}/api/auth/providers`, { headers: { cookie: "authjs.callback-url=PLAYING" } });
    expect(res.status).toBe(400);
  });
});
