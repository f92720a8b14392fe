// The API side: who a request counts against, the 429 the client sees, and the headers of allowed responses.
import { randomBytes } from "node:crypto";
import http from "node:http";
import type { AddressInfo } from "node:net";

import { NextRequest, NextResponse } from "next/server";
import { describe, expect, it } from "vitest";

import { handleApiError } from "@/lib/api/errors";
import { assertRateLimit, withRateLimitHeaders } from "@/lib/api/rate-limit";
import { resetRateLimiterForTests } from "@/lib/cache/rate-limit/check-rate-limit";
import { getClientIdentity, UNKNOWN_CLIENT } from "@/lib/cache/rate-limit/get-client-identity";
import { RATE_LIMIT_POLICIES } from "@/lib/cache/rate-limit/rate-limit-policies";
import { AppError } from "@/lib/errors/app-error";
import { currentConnection, trackConnections } from "@/lib/http-server/track-connections";

import { withEnv } from "../support/with-env";
import { awayFromBucketEdge } from "./rate-limiter-contract";

// In-process backend (zero configuration), whatever the shell has set; a fresh limiter per test.
// Two proxies in front: the client is the second X-Forwarded-For entry from the right.
const NO_BACKEND = {
  REDIS_URL: "",
  UPSTASH_REDIS_REST_URL: "",
  UPSTASH_REDIS_REST_TOKEN: "",
  API_RATE_LIMITS: "on",
  TRUSTED_PROXY_HOPS: "2",
};
const inProcess = (fn: () => Promise<void>) => () =>
  withEnv(NO_BACKEND, async () => {
    await resetRateLimiterForTests();
    try {
      await fn();
    } finally {
      await resetRateLimiterForTests();
    }
  });

// A /64 of its own each time: IPv6 clients are counted per /64.
const randomIp = () => `2001:db8:${randomBytes(2).toString("hex")}:${randomBytes(2).toString("hex")}::1`;
const request = (headers: Record<string, string>) => new NextRequest("http://localhost/api/games/search?q=zelda", { headers });

describe("getClientIdentity", () => {
  const identity = (hops: number, headers: Record<string, string>) =>
    withEnv({ TRUSTED_PROXY_HOPS: String(hops) }, async () => getClientIdentity(new Headers(headers)));

  it.each([
    ["the right-most address behind one proxy", 1, { "x-forwarded-for": "203.0.113.7, 198.51.100.4" }, "198.51.100.4"],
    ["the second from the right behind two", 2, { "x-forwarded-for": "203.0.113.7, 198.51.100.4, 10.0.0.2" }, "198.51.100.4"],
    ["the proxy's entry, not what the client wrote to its left", 1, { "x-forwarded-for": "bogus, 203.0.113.9" }, "203.0.113.9"],
    ["the next hop to the right when the trusted entry is not an address", 2, { "x-forwarded-for": "bogus, 203.0.113.9" }, "203.0.113.9"],
    ["the address without a port", 1, { "x-forwarded-for": "203.0.113.7:51234" }, "203.0.113.7"],
    ["an IPv4-mapped IPv6 address as IPv4", 1, { "x-forwarded-for": "::ffff:203.0.113.7" }, "203.0.113.7"],
    [
      "an IPv6 address as its /64, whatever the spelling",
      1,
      { "x-forwarded-for": "[2001:DB8:0001:0001:0:0:0:7]:443" },
      "2001:db8:1:1::/64",
    ],
    ["every address of one /64 alike", 1, { "x-forwarded-for": "2001:db8:1:1::ffff" }, "2001:db8:1:1::/64"],
    ["a compressed /64", 1, { "x-forwarded-for": "2001:db8::1" }, "2001:db8:0:0::/64"],
    ["X-Real-IP never (only X-Forwarded-For counts, and only trusted hops of it)", 1, { "x-real-ip": "198.51.100.4" }, UNKNOWN_CLIENT],
    ["no header at all with hops 0 (the socket, unknown outside a server)", 0, { "x-forwarded-for": "203.0.113.7" }, UNKNOWN_CLIENT],
    ["junk instead of a key", 1, { "x-forwarded-for": "x".repeat(5_000) }, UNKNOWN_CLIENT],
  ])("takes %s", async (_case, hops, headers, expected) => {
    expect(await identity(hops, headers)).toBe(expected);
  });

  it("reads the socket address and the header as they arrived, for any request this process serves", async () => {
    trackConnections();
    // The handler awaits before asking, as route handlers and pages do.
    const server = http.createServer(async (_req, res) => {
      await new Promise((resolve) => setTimeout(resolve, 5));
      res.end(getClientIdentity());
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    const { port } = server.address() as AddressInfo;
    const ask = (forwardedFor?: string) =>
      fetch(`http://127.0.0.1:${port}/`, { headers: forwardedFor ? { "x-forwarded-for": forwardedFor } : {} }).then((r) => r.text());
    try {
      await withEnv({ TRUSTED_PROXY_HOPS: "0" }, async () => {
        expect(await ask()).toBe("127.0.0.1");
        expect(await ask("203.0.113.9")).toBe("127.0.0.1");
      });
      await withEnv({ TRUSTED_PROXY_HOPS: "1" }, async () => {
        expect(await ask("203.0.113.9")).toBe("203.0.113.9");
        expect(await ask("bogus")).toBe("127.0.0.1");
        expect(await ask()).toBe("127.0.0.1");
      });
    } finally {
      server.close();
    }
    expect(currentConnection()).toBeUndefined();
  });
});

describe("assertRateLimit", () => {
  it(
    "refuses the 61st search of a client within 10 s with a 429 JSON body and Retry-After",
    inProcess(async () => {
      const { limit, windowMs } = RATE_LIMIT_POLICIES.search;
      await awayFromBucketEdge(windowMs, 3_000);
      const client = { "x-forwarded-for": `${randomIp()}, 10.0.0.1` };
      for (let i = 0; i < limit; i++) await assertRateLimit(request(client), "search");

      const error = await assertRateLimit(request(client), "search").then(
        () => null,
        (e: unknown) => e,
      );
      expect(error).toBeInstanceOf(AppError);
      const res = handleApiError(error);
      expect(res.status).toBe(429);
      const retryAfter = Number(res.headers.get("retry-after"));
      expect(retryAfter).toBeGreaterThanOrEqual(1);
      expect(retryAfter).toBeLessThanOrEqual(windowMs / 1000);
      expect(res.headers.get("cache-control")).toBe("no-store");
      expect(await res.json()).toEqual({
        error: {
          code: "rate_limited",
          message: expect.stringMatching(/at most 60 every 10 seconds/),
          details: { policy: "search", limit: 60, window_seconds: 10, retry_after_seconds: retryAfter },
        },
      });

      // Only that client, and only that policy.
      await expect(assertRateLimit(request({ "x-forwarded-for": `${randomIp()}, 10.0.0.1` }), "search")).resolves.toMatchObject({
        allowed: true,
      });
      await expect(assertRateLimit(request(client), "games")).resolves.toMatchObject({ allowed: true, limit: 120, remaining: 119 });
    }),
  );

  it(
    "limits requests that name no client too, all in one bucket, rather than letting them through",
    inProcess(async () => {
      const { limit, windowMs } = RATE_LIMIT_POLICIES.search;
      await awayFromBucketEdge(windowMs, 3_000);
      for (let i = 0; i < limit; i++) await assertRateLimit(request({ "x-forwarded-for": `bogus-${i}` }), "search");
      await expect(assertRateLimit(request({}), "search")).rejects.toMatchObject({ code: "rate_limited" });
    }),
  );

  it(
    "adds RateLimit-* headers to an allowed response",
    inProcess(async () => {
      const result = await assertRateLimit(request({ "x-forwarded-for": `${randomIp()}, 10.0.0.1` }), "games");
      const res = withRateLimitHeaders(NextResponse.json({ ok: true }), result);
      expect(res.headers.get("ratelimit-limit")).toBe("120");
      expect(res.headers.get("ratelimit-remaining")).toBe("119");
      const reset = Number(res.headers.get("ratelimit-reset"));
      expect(reset).toBeGreaterThanOrEqual(1);
      expect(reset).toBeLessThanOrEqual(10);
    }),
  );

  it("adds no RateLimit-* headers when the limiter failed open", () => {
    const res = withRateLimitHeaders(NextResponse.json({}), { allowed: true, limit: 60, remaining: 60, resetMs: 0, failedOpen: true });
    expect(res.headers.get("ratelimit-limit")).toBeNull();
  });
});
