// Security headers. Without them `/`, `/signin` and `/admin` sent no CSP, no
// X-Frame-Options, no nosniff, no Referrer-Policy, and any site could frame the admin console, whose actions
// are two-click in-page confirmations (clickjacking). proxy.ts now sends them on every response.
import { readFileSync } from "node:fs";
import { createServer } from "node:http";
import path from "node:path";

import { expect, test, type APIResponse } from "@playwright/test";

import { classifyResponseKind } from "@/lib/security/classify-response-kind";

import { startInstances } from "../../tests/support/multi-instance";
import { test as watchedTest } from "../support/csp-violations";

// This spec's ports: 3530-3539.
const INSTANCE_PORT = 3530;
const ATTACKER_PORT = 3531;
const PRERENDERED_GAME = "/games/the-legend-of-zelda-a-link-to-the-past"; // in the build's popular set

/** "a b; c d" → Map(a → "b", c → "d") */
function directives(policy: string | undefined): Map<string, string> {
  expect(policy, "a Content-Security-Policy header").toBeTruthy();
  return new Map(
    policy!
      .split(";")
      .map((d) => d.trim())
      .filter(Boolean)
      .map((d) => {
        const [name, ...sources] = d.split(/\s+/);
        return [name!, sources.join(" ")];
      }),
  );
}

function expectCommonHeaders(res: APIResponse): Map<string, string> {
  const headers = res.headers();
  expect(headers["x-content-type-options"]).toBe("nosniff");
  expect(headers["referrer-policy"]).toBe("strict-origin-when-cross-origin");
  expect(headers["x-frame-options"]).toBe("DENY");
  const csp = directives(headers["content-security-policy"]);
  expect(csp.get("frame-ancestors")).toBe("'none'");
  return csp;
}

function expectPagePolicy(csp: Map<string, string>): void {
  expect(csp.get("object-src")).toBe("'none'");
  expect(csp.get("base-uri")).toBe("'self'");
  expect(csp.get("default-src")).toBe("'self'");
  expect(csp.get("connect-src")).toBe("'self'");
  expect(csp.get("form-action")).toMatch(/^'self'/);
  expect(csp.get("img-src")).toContain("https://images.igdb.com");
  expect(csp.get("script-src-attr")).toBe("'none'");
  expect(csp.get("script-src")).not.toContain("'unsafe-eval'");
}

/** Every <script> that can run (not a JSON-LD data block) carries exactly this nonce. */
function expectScriptsNonced(html: string, nonce: string): void {
  const scripts = [...html.matchAll(/<script\b([^>]*)>/g)].map((m) => m[1]!).filter((attrs) => !/type="application\/ld\+json"/.test(attrs));
  expect(scripts.length).toBeGreaterThan(3);
  for (const attrs of scripts) expect(attrs, "a script without the response's nonce").toContain(`nonce="${nonce}"`);
}

test.describe("security headers on pages and APIs", () => {
  for (const pagePath of ["/signin", "/search?q=zelda", "/no-such-page-anywhere"]) {
    test(`${pagePath}: a fresh nonce in script-src, on every script of the page`, async ({ request }) => {
      const first = await request.get(pagePath);
      const csp = expectCommonHeaders(first);
      expectPagePolicy(csp);
      const nonce = /'nonce-([A-Za-z0-9+/=]+)'/.exec(csp.get("script-src") ?? "")?.[1];
      expect(nonce, "script-src names a nonce").toBeTruthy();
      expect(csp.get("script-src")).toContain("'strict-dynamic'");
      expect(csp.get("script-src")).not.toContain("'unsafe-inline'");
      expectScriptsNonced(await first.text(), nonce!);
      const second = await request.get(pagePath);
      expect(second.headers()["content-security-policy"]).not.toContain(`'nonce-${nonce}'`);
    });
  }

  test("/admin signed out: the redirect carries the headers too", async ({ request }) => {
    const res = await request.get("/admin", { maxRedirects: 0 });
    expect([302, 303, 307]).toContain(res.status());
    expectPagePolicy(expectCommonHeaders(res));
  });

  for (const pagePath of ["/", PRERENDERED_GAME]) {
    test(`${pagePath} stays prerendered, with a nonce-less policy that still closes framing, plugins and inline handlers`, async ({
      request,
    }) => {
      const res = await request.get(pagePath);
      expect(res.status()).toBe(200);
      // Served from the build or the ISR cache, not rendered for this request.
      expect(res.headers()["x-nextjs-cache"]).toMatch(/HIT|STALE/);
      const csp = expectCommonHeaders(res);
      expectPagePolicy(csp);
      expect(csp.get("script-src")).toBe("'self' 'unsafe-inline'");
    });
  }

  test("an API route answers with nosniff and a policy that loads nothing", async ({ request }) => {
    const res = await request.get("/api/health");
    const csp = expectCommonHeaders(res);
    expect(csp.get("default-src")).toBe("'none'");
    expect(res.headers()["strict-transport-security"], "no HSTS while SITE_URL is http").toBeUndefined();
  });

  test("the proxy's list of prerendered pages matches the build's prerender manifest", () => {
    // A page that becomes static without being listed would get the nonce policy, and its nonce-less scripts
    // would be blocked; one listed but dynamic would get the weaker policy for nothing.
    const next = path.resolve(".next");
    const manifest = JSON.parse(readFileSync(path.join(next, "prerender-manifest.json"), "utf8")) as {
      routes: Record<string, unknown>;
      dynamicRoutes: Record<string, unknown>;
    };
    const appPaths = Object.keys(
      JSON.parse(readFileSync(path.join(next, "server", "app-paths-manifest.json"), "utf8")) as Record<string, string>,
    );
    const sample = (route: string) => route.replace(/\[\.{0,3}[^\]]+\]/g, "sample");
    // Framework entries (/_global-error, /_not-found when static) are never requested by their own URL.
    const prerendered = new Set(
      [...Object.keys(manifest.routes), ...Object.keys(manifest.dynamicRoutes).map(sample)].filter((r) => !r.startsWith("/_")),
    );
    for (const route of prerendered) expect(classifyResponseKind(route), route).toBe("prerendered");
    const pages = appPaths
      .filter((p) => p.endsWith("/page"))
      .map((p) => sample(p.replace(/\/\([^)]+\)/g, "").replace(/\/page$/, "") || "/"));
    expect(pages.length).toBeGreaterThan(10);
    for (const route of pages.filter((r) => !r.startsWith("/_"))) {
      expect(classifyResponseKind(route), route).toBe(prerendered.has(route) ? "prerendered" : "nonce");
    }
  });
});

watchedTest("Chromium reports no CSP violation on a prerendered page, a per-request page and a 404", async ({ page }) => {
  await page.goto(PRERENDERED_GAME);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("The Legend of Zelda: A Link to the Past");
  await page.goto("/no-such-page-anywhere");
  await expect(page.getByRole("heading", { name: "We couldn’t find that page" })).toBeVisible();
  // Hydrated despite the policy: the header's instant search answers.
  await page.getByRole("combobox", { name: "Search games" }).fill("zelda");
  await expect(page.getByRole("listbox", { name: "Search suggestions" }).getByRole("option").first()).toBeVisible();
});

test("another origin cannot frame the console or the store (clickjacking)", async ({ page, baseURL }) => {
  // The attacker's page on a real server of its own: another origin (another port) on the same loopback, so
  // Chromium's private-network rules, which refuse a public page's frame of 127.0.0.1 anyway, play no part.
  const attacker = createServer((_req, res) => {
    res.writeHead(200, { "Content-Type": "text/html" }).end(`<!doctype html><title>Win a prize</title>
      <iframe name="admin" src="${baseURL}/admin" width="800" height="600"></iframe>
      <iframe name="store" src="${baseURL}/" width="800" height="600"></iframe>`);
  });
  await new Promise<void>((resolve) => attacker.listen(ATTACKER_PORT, "127.0.0.1", resolve));
  try {
    await page.goto(`http://127.0.0.1:${ATTACKER_PORT}/prize`);
    for (const name of ["admin", "store"]) {
      const frame = page.frame({ name });
      expect(frame, `the ${name} iframe`).toBeTruthy();
      // Chromium leaves a refused frame on its own error page: none of our content, nothing to click. Before the
      // fix the frame showed the sign-in page (admin, signed out) or the store.
      await expect.poll(() => frame!.url(), { message: `${name} frame refused` }).toBe("chrome-error://chromewebdata/");
      await expect(page.frameLocator(`iframe[name="${name}"]`).getByRole("link", { name: "Questlog" })).toHaveCount(0);
    }
  } finally {
    await new Promise((resolve) => attacker.close(resolve));
  }
});

test("HSTS (and upgrade-insecure-requests) when SITE_URL is https", async () => {
  test.setTimeout(120_000);
  const instances = await startInstances(1, INSTANCE_PORT, { SITE_URL: "https://questlog.example" });
  try {
    // Prerendered pages take their headers from next.config.ts, evaluated by the build (SITE_URL http here);
    // HSTS on any one response covers the whole host.
    for (const pagePath of ["/signin", "/search?q=zelda", "/api/health"]) {
      // Plain http to the instance; only the header is checked (a TLS proxy would sit in front in production).
      const res = await fetch(`${instances.urls[0]}${pagePath}`, { redirect: "manual" });
      expect(res.headers.get("strict-transport-security"), pagePath).toBe("max-age=31536000; includeSubDomains");
      if (!pagePath.startsWith("/api")) expect(res.headers.get("content-security-policy"), pagePath).toContain("upgrade-insecure-requests");
    }
  } finally {
    await instances.stop();
  }
});
