// IGDB's 4 requests/s and 8 open requests, held across every instance: the most-reported IGDB problem in
// public projects is a limiter that was not global. Slots live in one Redis sorted set, decided
// atomically by a Lua script on Redis's own clock (no skew between instances). As in the local limiter
// (lib/igdb/limiter), a slot counts from its answer: while in flight its score is in the future (and it
// expires on its own if the instance dies), and the answer moves it to the answer time.
import { randomUUID } from "node:crypto";

import type { FailOpenCache } from "@/lib/cache/fail-open-cache";
import { cacheKeys } from "@/lib/cache/keys";
import { createLocalLimiter, IGDB_LIMITS, type RequestLimiter } from "@/lib/igdb";

const SLOTS_KEY = cacheKeys.igdb("slots");
const WINDOW_MS = 1_100; // IGDB's second plus the same margin as the local limiter
const IN_FLIGHT_MS = 60_000; // longer than any request with its retries; frees a dead instance's slots

/** Returns 0 when a slot was taken, else how many ms to wait before asking again. */
const ACQUIRE = `
local t = redis.call("TIME")
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
redis.call("ZREMRANGEBYSCORE", KEYS[1], "-inf", now - tonumber(ARGV[1]))
local total = redis.call("ZCARD", KEYS[1])
local open = redis.call("ZCOUNT", KEYS[1], "(" .. now, "+inf")
if total < tonumber(ARGV[2]) and open < tonumber(ARGV[3]) then
  redis.call("ZADD", KEYS[1], now + tonumber(ARGV[4]), ARGV[5])
  redis.call("PEXPIRE", KEYS[1], tonumber(ARGV[4]) * 2)
  return 0
end
local oldest = redis.call("ZRANGE", KEYS[1], 0, 0, "WITHSCORES")
local wait = tonumber(oldest[2]) + tonumber(ARGV[1]) - now
if wait > 250 or wait < 20 then wait = 50 end
return wait`;

/** The answer arrived: the slot now counts from this moment (only if it still exists). */
const ANSWERED = `
local t = redis.call("TIME")
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
redis.call("ZADD", KEYS[1], "XX", now, ARGV[1])
return 1`;

export function createSharedRequestLimiter(cache: FailOpenCache): RequestLimiter {
  // Redis unreachable: per-instance limits still hold (logged by the facade), rather than none.
  const fallback = createLocalLimiter(IGDB_LIMITS);
  // Each waiting request asks Redis again after the wait the script suggests. Waiters stay few: the IGDB
  // client coalesces concurrent searches into multiqueries before they ask for a slot.
  let waiting = 0;

  return {
    get waiting() {
      return waiting + fallback.waiting;
    },
    async schedule<T>(task: () => Promise<T>): Promise<T> {
      const slot = randomUUID();
      waiting++;
      try {
        for (;;) {
          const wait = await cache.runScript(
            ACQUIRE,
            [SLOTS_KEY],
            [WINDOW_MS, IGDB_LIMITS.perSecond, IGDB_LIMITS.open, IN_FLIGHT_MS, slot],
          );
          if (wait === null) return await fallback.schedule(task);
          if (Number(wait) === 0) break;
          await new Promise((r) => setTimeout(r, Number(wait)));
        }
      } finally {
        waiting--;
      }
      try {
        return await task();
      } finally {
        await cache.runScript(ANSWERED, [SLOTS_KEY], [slot]);
      }
    },
  };
}
