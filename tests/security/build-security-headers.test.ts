// The policy proxy.ts sends: pure functions, checked directive by directive.
import { describe, expect, it } from "vitest";

import type { ServerEnv } from "@/lib/env";
import { buildContentSecurityPolicy, buildSecurityHeaders } from "@/lib/security/build-security-headers";
import { classifyResponseKind } from "@/lib/security/classify-response-kind";
import { listFormActionOrigins } from "@/lib/security/list-form-action-origins";

/** "a b; c d" → { a: ["b"], c: ["d"] } */
function directives(policy: string): Record<string, string[]> {
  return Object.fromEntries(
    policy
      .split(";")
      .map((part) => part.trim())
      .filter(Boolean)
      .map((part) => {
        const [name, ...sources] = part.split(/\s+/);
        return [name!, sources];
      }),
  );
}

const NONCE = "q2Yc3RZkM0p1bHZQ0d8Vxg==";

describe("buildContentSecurityPolicy", () => {
  it("allows scripts on a per-request page by its nonce only, with strict-dynamic and no unsafe source", () => {
    const d = directives(buildContentSecurityPolicy({ kind: "nonce", nonce: NONCE, https: false }));
    expect(d["script-src"]).toEqual(["'self'", `'nonce-${NONCE}'`, "'strict-dynamic'"]);
    expect(d["script-src-attr"]).toEqual(["'none'"]);
    expect(d["style-src"]).toEqual(["'self'", `'nonce-${NONCE}'`]);
    expect(Object.values(d).flat()).not.toContain("'unsafe-eval'");
  });

  it("closes framing, plugins, base and foreign connections on every page kind", () => {
    for (const kind of ["nonce", "prerendered"] as const) {
      const d = directives(buildContentSecurityPolicy({ kind, nonce: NONCE, https: false }));
      expect(d["frame-ancestors"]).toEqual(["'none'"]);
      expect(d["object-src"]).toEqual(["'none'"]);
      expect(d["base-uri"]).toEqual(["'self'"]);
      expect(d["default-src"]).toEqual(["'self'"]);
      expect(d["connect-src"]).toEqual(["'self'"]);
      expect(d["form-action"]).toEqual(["'self'"]);
      expect(d["img-src"]).toContain("https://images.igdb.com");
    }
  });

  it("lets a prerendered page's nonce-less inline scripts run but no inline event handler", () => {
    const d = directives(buildContentSecurityPolicy({ kind: "prerendered", https: false }));
    expect(d["script-src"]).toEqual(["'self'", "'unsafe-inline'"]);
    expect(d["script-src-attr"]).toEqual(["'none'"]);
    expect(d["style-src"]).toEqual(["'self'"]);
    expect(JSON.stringify(d)).not.toContain("nonce-");
  });

  it("gives API answers a policy that loads nothing", () => {
    expect(buildContentSecurityPolicy({ kind: "api", https: true })).toBe("default-src 'none'; frame-ancestors 'none'");
  });

  it("adds the OAuth providers to form-action and upgrades insecure requests on https", () => {
    const policy = buildContentSecurityPolicy({ kind: "nonce", nonce: NONCE, https: true, formActionOrigins: ["https://github.com"] });
    expect(directives(policy)["form-action"]).toEqual(["'self'", "https://github.com"]);
    expect(directives(policy)["upgrade-insecure-requests"]).toEqual([]);
    expect(buildContentSecurityPolicy({ kind: "nonce", nonce: NONCE, https: false })).not.toContain("upgrade-insecure-requests");
  });

  it("allows eval and inline styles in development only", () => {
    const d = directives(buildContentSecurityPolicy({ kind: "nonce", nonce: NONCE, https: false, dev: true }));
    expect(d["script-src"]).toContain("'unsafe-eval'");
    expect(d["style-src"]).toContain("'unsafe-inline'");
  });

  it("refuses a missing nonce, or one that could break out of the header", () => {
    expect(() => buildContentSecurityPolicy({ kind: "nonce", https: false })).toThrow(/nonce/);
    expect(() => buildContentSecurityPolicy({ kind: "nonce", nonce: "x'; script-src *", https: false })).toThrow(/nonce/);
  });
});

describe("buildSecurityHeaders", () => {
  it("sends nosniff, the referrer policy and X-Frame-Options always, HSTS only for an https site", () => {
    const plain = buildSecurityHeaders({ kind: "api", https: false });
    expect(plain).toMatchObject({
      "X-Content-Type-Options": "nosniff",
      "Referrer-Policy": "strict-origin-when-cross-origin",
      "X-Frame-Options": "DENY",
    });
    expect(plain).not.toHaveProperty("Strict-Transport-Security");
    expect(buildSecurityHeaders({ kind: "prerendered", https: true })["Strict-Transport-Security"]).toBe(
      "max-age=31536000; includeSubDomains",
    );
  });
});

describe("classifyResponseKind", () => {
  it.each([
    ["/", "prerendered"],
    ["/platforms", "prerendered"],
    ["/games/the-legend-of-zelda-a-link-to-the-past", "prerendered"],
    ["/signin/check-email", "prerendered"],
    ["/robots.txt", "prerendered"],
    ["/sitemap.xml", "prerendered"],
    ["/sitemap-index.xml", "prerendered"],
    ["/sitemap/1.xml", "prerendered"],
    ["/sitemap/1.xml/extra", "nonce"],
    ["/search", "nonce"],
    ["/signin", "nonce"],
    ["/admin", "nonce"],
    ["/admin/users", "nonce"],
    ["/platforms/game-boy", "nonce"],
    ["/games/robocop/extra", "nonce"],
    ["/library", "nonce"],
    ["/dev/outbox", "nonce"],
    ["/api/health", "api"],
    ["/api", "api"],
    ["/apiary", "nonce"],
  ] as const)("%s → %s", (path, kind) => {
    expect(classifyResponseKind(path)).toBe(kind);
  });
});

describe("listFormActionOrigins", () => {
  const env = (extra: Partial<ServerEnv>) => ({ ...extra }) as ServerEnv;
  it("names only the configured providers, Twitch at its issuer when one is set", () => {
    expect(listFormActionOrigins(env({}))).toEqual([]);
    expect(listFormActionOrigins(env({ AUTH_GITHUB_ID: "id" }))).toEqual([]);
    expect(
      listFormActionOrigins(env({ AUTH_GITHUB_ID: "id", AUTH_GITHUB_SECRET: "s", AUTH_TWITCH_ID: "t", AUTH_TWITCH_SECRET: "s" })),
    ).toEqual(["https://github.com", "https://id.twitch.tv"]);
    expect(
      listFormActionOrigins(env({ AUTH_TWITCH_ID: "t", AUTH_TWITCH_SECRET: "s", AUTH_TWITCH_ISSUER: "http://127.0.0.1:4100/oidc" })),
    ).toEqual(["http://127.0.0.1:4100"]);
  });
});

describe("proxy.ts matcher", () => {
  it("leaves out exactly the prerendered pages (their headers come from next.config.ts) and build assets", async () => {
    const { config } = await import("@/proxy");
    // "/(…)" in path-to-regexp is this regular expression over the whole path.
    const runsOn = new RegExp(`^${String(config.matcher[0])}$`);
    for (const path of [
      "/",
      "/platforms",
      "/games/robocop",
      "/signin/check-email",
      "/forgot-password",
      "/robots.txt",
      "/sitemap.xml",
      "/sitemap-index.xml",
      "/sitemap/0.xml",
      "/_next/static/chunks/a.js",
      "/_next/image",
    ]) {
      expect(runsOn.test(path), path).toBe(false);
    }
    for (const path of [
      "/search",
      "/signin",
      "/admin",
      "/platforms/game-boy",
      "/games/robocop/extra",
      "/api/health",
      "/no-such-page",
      "/dev/outbox",
    ]) {
      expect(runsOn.test(path), path).toBe(true);
      expect(classifyResponseKind(path), path).not.toBe("prerendered");
    }
    // A broken escape in a game slug still reaches the proxy's 400, and so does any request with a body.
    expect(runsOn.test("/games/a%zz")).toBe(true);
    expect(runsOn.test("/sitemap/a%zz")).toBe(true);
    expect(config.matcher[1]).toEqual({ source: "/:path*", has: [{ type: "header", key: "content-type" }] });
  });
});
