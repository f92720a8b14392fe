// @upstash/ratelimit's scripts carry an Upstash-only shebang flag: sent as they are where it is accepted,
// resent without it (once, then by SHA) where a plain Redis refuses it.
import { randomUUID } from "node:crypto";

import { Ratelimit } from "@upstash/ratelimit";
import { Redis } from "@upstash/redis";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";

import { withScriptFlagFallback } from "@/lib/cache/rate-limit/with-script-flag-fallback";

import { TEST_REDIS_URL } from "../support/test-redis";
import { startUpstashBridge, type UpstashBridge } from "../support/upstash-rest-bridge";

const SCRIPT = "#!lua flags=allow-key-locking\nreturn tonumber(ARGV[1]) + 1";

describe("withScriptFlagFallback", () => {
  let bridge: UpstashBridge;
  beforeAll(async () => {
    bridge = await startUpstashBridge({ redisUrl: TEST_REDIS_URL });
  });
  afterAll(async () => {
    await bridge.close();
  });

  it("sends scripts unchanged to a server that accepts the flag (Upstash)", async () => {
    const evalSpy = vi.fn(async () => 2);
    const upstash = { eval: evalSpy, evalsha: vi.fn(), get: vi.fn(), set: vi.fn() } as unknown as Redis;
    expect(await withScriptFlagFallback(upstash).eval(SCRIPT, [], [1])).toBe(2);
    expect(evalSpy).toHaveBeenCalledTimes(1);
    expect(evalSpy).toHaveBeenCalledWith(SCRIPT, [], [1]);
  });

  it("confirms the premise: a plain Redis behind the bridge refuses the library's scripts", async () => {
    const redis = new Redis({ url: bridge.url, token: bridge.token, retry: false, enableTelemetry: false });
    await expect(redis.eval(SCRIPT, [], [1])).rejects.toThrow(/Unexpected flag in script shebang/);
  });

  it("strips the flag after a refusal and then runs each check in one request, by SHA", async () => {
    const redis = withScriptFlagFallback(new Redis({ url: bridge.url, token: bridge.token, retry: false, enableTelemetry: false }));
    const limiter = new Ratelimit({ redis, limiter: Ratelimit.slidingWindow(100, "10 s"), prefix: `test:rl:${randomUUID()}`, timeout: 0 });
    expect((await limiter.limit("client")).remaining).toBe(99);
    const before = bridge.requests;
    for (let i = 0; i < 3; i++) await limiter.limit("client");
    expect(bridge.requests - before).toBe(3);
    expect((await limiter.limit("client")).remaining).toBe(95);
  });

  it("passes other script errors through", async () => {
    const redis = withScriptFlagFallback(new Redis({ url: bridge.url, token: bridge.token, retry: false, enableTelemetry: false }));
    await expect(redis.eval("#!lua\nreturn redis.call('NOSUCHCOMMAND')", [], [])).rejects.toThrow(/Unknown Redis command|unknown command/i);
  });
});
