// assertSameOrigin: the CSRF guard of our cookie-authenticated JSON routes (the route tests check it is wired).
import { describe, expect, it } from "vitest";

import { assertSameOrigin } from "@/lib/api/assert-same-origin";
import { AppError } from "@/lib/errors/app-error";
import { withEnv } from "@/tests/support/with-env";

const JSON_TYPE = { "content-type": "application/json" };
const check = (method: string, headers: Record<string, string>, url = "http://localhost:3000/api/users/me/library") => {
  try {
    assertSameOrigin(new Request(url, { method, headers }));
    return "allowed";
  } catch (error) {
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).status).toBe(403);
    return "forbidden";
  }
};

describe("assertSameOrigin", () => {
  it.each([
    ["a safe method without anything", "GET", {}],
    ["JSON without Origin (same-origin fetch in older browsers, curl)", "POST", JSON_TYPE],
    ["JSON from our own origin", "POST", { ...JSON_TYPE, origin: "http://localhost:3000" }],
    ["JSON with a charset", "PATCH", { "content-type": "Application/JSON; charset=utf-8", origin: "http://localhost:3000" }],
    ["a DELETE from our own origin", "DELETE", { origin: "http://localhost:3000" }],
    [
      "our host as the Host header says (behind a proxy, https outside)",
      "POST",
      { ...JSON_TYPE, host: "games.example.org", origin: "https://games.example.org" },
    ],
    [
      "our host as X-Forwarded-Host says",
      "POST",
      { ...JSON_TYPE, "x-forwarded-host": "games.example.org", origin: "https://games.example.org" },
    ],
  ])("allows %s", (_case, method, headers) => {
    expect(check(method, headers)).toBe("allowed");
  });

  it.each([
    ["a urlencoded form post", "POST", { "content-type": "application/x-www-form-urlencoded" }],
    ["a multipart form post", "POST", { "content-type": "multipart/form-data; boundary=x" }],
    ["a text/plain post (what a form with enctype=text/plain sends)", "POST", { "content-type": "text/plain" }],
    ["a PATCH without a content type", "PATCH", {}],
    ["a JSON-ish type that is not JSON", "POST", { "content-type": "application/jsonx" }],
    ["JSON from another site", "POST", { ...JSON_TYPE, origin: "https://evil.example" }],
    ["JSON from our host on another port", "POST", { ...JSON_TYPE, origin: "http://localhost:4000" }],
    ["JSON from a look-alike host", "POST", { ...JSON_TYPE, origin: "http://localhost:3000.evil.example" }],
    ["an opaque origin (sandboxed frame)", "POST", { ...JSON_TYPE, origin: "null" }],
    ["a DELETE from another site", "DELETE", { origin: "https://evil.example" }],
  ])("refuses %s with 403", (_case, method, headers) => {
    expect(check(method, headers)).toBe("forbidden");
  });

  it("accepts SITE_URL's origin too (the public address, when the server is reached by another name)", async () => {
    const headers = { ...JSON_TYPE, origin: "https://questlog.example.org" };
    expect(check("POST", headers, "http://10.0.0.5:3000/api/users")).toBe("forbidden");
    await withEnv({ SITE_URL: "https://questlog.example.org" }, async () => {
      expect(check("POST", headers, "http://10.0.0.5:3000/api/users")).toBe("allowed");
    });
  });
});
