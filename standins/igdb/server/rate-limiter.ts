// IGDB's limits per client id: at most `perSecond` requests in any sliding 1000 ms window and at most
// `open` requests in flight. Decided at arrival. Only accepted requests use up the window, so a client
// that paces itself correctly is never punished for an earlier burst that was already refused.
import type { StandinRateLimit } from "../types";

export type RateVerdict = "ok" | "per-second" | "open";

const WINDOW_MS = 1000;

export class RateLimiter {
  private readonly accepted = new Map<string, number[]>();
  private readonly inFlight = new Map<string, number>();

  tryAcquire(clientId: string, limit: StandinRateLimit, now: number): RateVerdict {
    const times = this.accepted.get(clientId) ?? [];
    while (times.length && times[0]! <= now - WINDOW_MS) times.shift();
    this.accepted.set(clientId, times);
    if (times.length >= limit.perSecond) return "per-second";
    const open = this.inFlight.get(clientId) ?? 0;
    if (open >= limit.open) return "open";
    times.push(now);
    this.inFlight.set(clientId, open + 1);
    return "ok";
  }

  release(clientId: string): void {
    this.inFlight.set(clientId, Math.max(0, (this.inFlight.get(clientId) ?? 0) - 1));
  }
}
