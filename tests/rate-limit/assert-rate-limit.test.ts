// The API side: who a request counts against, the 429 the client sees, and the headers of allowed responses.
import { randomBytes } from "node:crypto";

import { NextRequest, NextResponse } from "next/server";
import { describe, expect, it } from "vitest";

import { AppError, handleApiError } from "@/lib/api/errors";
import { getClientIdentity } from "@/lib/api/get-client-identity";
import { assertRateLimit, withRateLimitHeaders } from "@/lib/api/rate-limit";
import { RATE_LIMIT_POLICIES } from "@/lib/api/rate-limit-policies";
import { resetRateLimiterForTests } from "@/lib/cache/rate-limit/check-rate-limit";

import { withEnv } from "../support/with-env";
import { awayFromBucketEdge } from "./rate-limiter-contract";

// In-process backend (zero configuration), whatever the shell has set; a fresh limiter per test.
const NO_BACKEND = { REDIS_URL: "", UPSTASH_REDIS_REST_URL: "", UPSTASH_REDIS_REST_TOKEN: "", API_RATE_LIMITS: "on" };
const inProcess = (fn: () => Promise<void>) => () =>
  withEnv(NO_BACKEND, async () => {
    await resetRateLimiterForTests();
    try {
      await fn();
    } finally {
      await resetRateLimiterForTests();
    }
  });

const randomIp = () => `2001:db8::${randomBytes(2).toString("hex")}:${randomBytes(2).toString("hex")}`;
const request = (headers: Record<string, string>) => new NextRequest("http://localhost/api/games/search?q=zelda", { headers });

describe("getClientIdentity", () => {
  it.each([
    ["the left-most X-Forwarded-For address", { "x-forwarded-for": "203.0.113.7, 10.0.0.1, 10.0.0.2", "x-real-ip": "10.0.0.2" }, "203.0.113.7"],
    ["X-Real-IP without X-Forwarded-For", { "x-real-ip": "198.51.100.4" }, "198.51.100.4"],
    ["X-Real-IP when X-Forwarded-For holds no address", { "x-forwarded-for": "unknown", "x-real-ip": "198.51.100.4" }, "198.51.100.4"],
    ["anonymous without either", {}, "anonymous"],
    ["the address without a port", { "x-forwarded-for": "203.0.113.7:51234" }, "203.0.113.7"],
    ["an IPv6 address without brackets and port, lower-cased", { "x-forwarded-for": "[2001:DB8::1]:443" }, "2001:db8::1"],
    ["an IPv4-mapped IPv6 address as IPv4", { "x-forwarded-for": "::ffff:203.0.113.7" }, "203.0.113.7"],
    ["anonymous for junk instead of a key", { "x-forwarded-for": "x".repeat(5_000) }, "anonymous"],
  ])("takes %s", (_case, headers, expected) => {
    expect(getClientIdentity(new Headers(headers))).toBe(expected);
  });
});

describe("assertRateLimit", () => {
  it("refuses the 61st search of a client within 10 s with a 429 JSON body and Retry-After", inProcess(async () => {
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
    await expect(assertRateLimit(request({ "x-forwarded-for": randomIp() }), "search")).resolves.toMatchObject({ allowed: true });
    await expect(assertRateLimit(request(client), "games")).resolves.toMatchObject({ allowed: true, limit: 120, remaining: 119 });
  }));

  it("adds RateLimit-* headers to an allowed response", inProcess(async () => {
    const result = await assertRateLimit(request({ "x-real-ip": randomIp() }), "games");
    const res = withRateLimitHeaders(NextResponse.json({ ok: true }), result);
    expect(res.headers.get("ratelimit-limit")).toBe("120");
    expect(res.headers.get("ratelimit-remaining")).toBe("119");
    const reset = Number(res.headers.get("ratelimit-reset"));
    expect(reset).toBeGreaterThanOrEqual(1);
    expect(reset).toBeLessThanOrEqual(10);
  }));

  it("adds no RateLimit-* headers when the limiter failed open", () => {
    const res = withRateLimitHeaders(NextResponse.json({}), { allowed: true, limit: 60, remaining: 60, resetMs: 0, failedOpen: true });
    expect(res.headers.get("ratelimit-limit")).toBeNull();
  });
});
