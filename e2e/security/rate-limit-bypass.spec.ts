// The rate-limit bypass attacks, against the started server, which trusts one proxy
// hop (TRUSTED_PROXY_HOPS=1: the test plays the proxy). A client that writes a bogus X-Forwarded-For, or that
// rotates addresses within its IPv6 /64, must still meet its limit; so must password guessing, and a client
// that reaches IGDB through the pages rather than the API.
import { expect, test } from "@playwright/test";

import { RATE_LIMIT_POLICIES } from "../../lib/cache/rate-limit/rate-limit-policies";
import { ownLoopbackAddress, rawRequest } from "./raw-http";

/** The first request (1-based) among `count` that got a 429, or null. */
async function firstRefusal(count: number, headersFor: (n: number) => Record<string, string>, localAddress?: string) {
  for (let n = 1; n <= count; n++) {
    const res = await rawRequest({ path: "/api/games/search?q=zelda", headers: headersFor(n), localAddress });
    if (res.status === 429) {
      expect(Number(res.headers["retry-after"])).toBeGreaterThanOrEqual(1);
      expect(JSON.parse(res.body).error.code).toBe("rate_limited");
      return n;
    }
    expect(res.status).toBe(200);
  }
  return null;
}

test.describe.configure({ mode: "serial" });

test("70 searches from one forwarded address get a 429 with Retry-After (baseline)", async () => {
  expect(await firstRefusal(70, () => ({ "x-forwarded-for": "203.0.113.9" }))).not.toBeNull();
});

test("a bogus X-Forwarded-For counts against the socket address instead of skipping the limit", async () => {
  const bogus = { "x-forwarded-for": "bogus" };
  expect(await firstRefusal(70, () => bogus, ownLoopbackAddress())).not.toBeNull();
  // The socket's own address, not one bucket for every unreadable header: another source is not refused.
  const other = await rawRequest({ path: "/api/games/search?q=zelda", headers: bogus, localAddress: ownLoopbackAddress() });
  expect(other.status).toBe(200);
});

test("what the client wrote left of the proxy's entry changes nothing", async () => {
  expect(await firstRefusal(70, (n) => ({ "x-forwarded-for": `bogus-${n}, 203.0.113.10` }))).not.toBeNull();
});

test("rotating addresses within one IPv6 /64 share one allowance", async () => {
  expect(await firstRefusal(70, (n) => ({ "x-forwarded-for": `2001:db8:1:1::${n.toString(16)}` }))).not.toBeNull();
});

/** login(): the CSRF step, then the credentials form; the redirect says how it went. */
async function login(email: string, password: string, headers: Record<string, string>, localAddress: string): Promise<string> {
  const csrf = await rawRequest({ path: "/api/auth/csrf", headers, localAddress });
  const cookie = (csrf.headers["set-cookie"] ?? []).map((c) => c.split(";", 1)[0]).join("; ");
  const { csrfToken } = JSON.parse(csrf.body) as { csrfToken: string };
  const res = await rawRequest({
    method: "POST",
    path: "/api/auth/callback/credentials",
    headers: { ...headers, cookie, "content-type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams({ csrfToken, email, password, callbackUrl: "/" }).toString(),
    localAddress,
  });
  expect(res.status).toBe(302);
  return String(res.headers.location);
}

test("25 wrong sign-ins with a bogus X-Forwarded-For are refused with code=rate_limited by attempt 21", async () => {
  const localAddress = ownLoopbackAddress();
  const run = Date.now().toString(36);
  let refusedAt: number | null = null;
  for (let n = 1; n <= 25 && refusedAt === null; n++) {
    const location = await login(`u${n}-${run}@example.test`, "wrong-password-123", { "x-forwarded-for": "bogus" }, localAddress);
    expect(location).toContain("error=CredentialsSignin");
    if (location.includes("code=rate_limited")) refusedAt = n;
  }
  expect(refusedAt).not.toBeNull();
  expect(refusedAt!).toBeLessThanOrEqual(RATE_LIMIT_POLICIES.signIn.limit + 1);
});

test("the search page and the game page stop asking IGDB for a client over its IGDB allowance", async () => {
  const client = { "x-forwarded-for": `198.18.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}` };
  const run = Date.now().toString(36);
  // Titles nobody holds: each search page asks IGDB once (the stand-in answers, with nothing).
  let refused = false;
  // Up to twice the allowance: the limit is a sliding window over minute buckets, so a loop that crosses a
  // bucket edge (this one takes ~17 s of a 60 s window) is rightly let through a little past `limit`, but never
  // past twice it.
  for (let n = 1; n <= 2 * RATE_LIMIT_POLICIES.igdb.limit + 1 && !refused; n++) {
    const res = await rawRequest({ path: `/search?q=${encodeURIComponent(`qqzx nothing ${run} ${n}`)}`, headers: client });
    expect(res.status).toBe(200);
    refused = /Too many lookups of games we do not hold/.test(res.body);
  }
  expect(refused).toBe(true);
  // The game page of a slug the catalog lacks would ask IGDB too: refused for this client. A page cannot answer
  // 429, and a throwing render is a 500, so it is the page's 404 for now (revalidated once the allowance is back:
  // lib/catalog-sync/find-game-for-page.ts), never a server error.
  const slug = `qqzx-unknown-${run}`;
  const page = await rawRequest({ path: `/games/${slug}`, headers: client });
  expect(page.status).toBe(404);
  // The 404 spent nothing back: the client is still over its allowance.
  const search = await rawRequest({ path: `/search?q=${encodeURIComponent(`qqzx nothing ${run} again`)}`, headers: client });
  expect(search.body).toMatch(/Too many lookups of games we do not hold/);
});
