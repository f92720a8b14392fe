import { describe, expect, it } from "vitest";

import { IgdbError } from "@/lib/igdb/errors";
import { backoffDelay } from "@/lib/igdb/resilience/backoff";
import { CircuitBreaker } from "@/lib/igdb/resilience/circuit-breaker";

const down = () => Promise.reject(new IgdbError("server", "503"));

describe("circuit breaker", () => {
  it("opens after the threshold, fails fast, then lets one trial through after the cooldown", async () => {
    let now = 0;
    const breaker = new CircuitBreaker({ failureThreshold: 3, cooldownMs: 1_000, now: () => now });
    for (let i = 0; i < 3; i++) await expect(breaker.run(down)).rejects.toMatchObject({ kind: "server" });
    expect(breaker.state).toBe("open");
    let calls = 0;
    await expect(breaker.run(async () => ++calls)).rejects.toMatchObject({ kind: "circuit_open", retryAfterMs: 1_000 });
    expect(calls).toBe(0);
    now = 1_000;
    expect(breaker.state).toBe("half_open");
    await expect(breaker.run(async () => ++calls)).resolves.toBe(1);
    expect(breaker.state).toBe("closed");
  });

  it("re-opens when the trial fails, and ignores our own bad queries", async () => {
    let now = 0;
    const breaker = new CircuitBreaker({ failureThreshold: 1, cooldownMs: 100, now: () => now });
    await expect(breaker.run(() => Promise.reject(new IgdbError("bad_request", "400")))).rejects.toMatchObject({ kind: "bad_request" });
    expect(breaker.state).toBe("closed");
    await expect(breaker.run(down)).rejects.toThrow();
    now = 100;
    await expect(breaker.run(down)).rejects.toMatchObject({ kind: "server" });
    expect(breaker.state).toBe("open");
  });
});

describe("backoff", () => {
  it("grows exponentially up to the cap, jittered below it, and honours Retry-After", () => {
    const options = { baseMs: 100, maxMs: 1_000 };
    expect(backoffDelay(1, { ...options, random: () => 0.999 })).toBe(100);
    expect(backoffDelay(3, { ...options, random: () => 0.5 })).toBe(200);
    expect(backoffDelay(10, { ...options, random: () => 0.999 })).toBe(999);
    expect(backoffDelay(1, { ...options, random: () => 0 }, 2_500)).toBe(2_500);
  });
});
