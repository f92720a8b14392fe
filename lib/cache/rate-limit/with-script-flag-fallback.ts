// @upstash/ratelimit 2.x starts every Lua script with `#!lua flags=allow-key-locking`, an Upstash-only flag
// (it lets Upstash lock just the script's keys). Open-source Redis refuses the script outright ("Unexpected
// flag in script shebang" on 7.x, a compile error before 7), so behind a REST bridge over a plain Redis
// (serverless-redis-http, our test bridge) every check would fail, and fail open: no limit at all.
// See hiett/serverless-redis-http#40 and upstash/ratelimit-js#154.
//
// This wraps the client the library is given: scripts go to the server unchanged first, so on Upstash
// nothing differs; only if the server refuses the flag does it resend them without that first line (the
// flag is a locking optimisation, dropping it is safe) and keep doing so, under the stripped script's SHA.
import { createHash } from "node:crypto";

import type { Redis } from "@upstash/redis";

export type ScriptClient = Pick<Redis, "evalsha" | "eval" | "get" | "set">;

const SHEBANG = /^#!lua[^\n]*\n/;
const REFUSED_SHEBANG = /shebang|near '#'/i;
const sha1 = (text: string) => createHash("sha1").update(text).digest("hex");

export function withScriptFlagFallback(redis: Redis): ScriptClient {
  let stripFlags = false;
  // Library SHA → SHA of the same script without its shebang, once that one has been loaded.
  const strippedSha = new Map<string, string>();

  const evalStripped = (script: string, keys: string[], args: unknown[]) => {
    const stripped = script.replace(SHEBANG, "");
    strippedSha.set(sha1(script), sha1(stripped));
    return redis.eval(stripped, keys, args);
  };

  return {
    get: redis.get.bind(redis),
    set: redis.set.bind(redis),
    // The library calls evalsha first and falls back to eval on NOSCRIPT.
    evalsha: ((sha: string, keys: string[], args: unknown[]) =>
      redis.evalsha(stripFlags ? (strippedSha.get(sha) ?? sha) : sha, keys, args)) as Redis["evalsha"],
    eval: (async (script: string, keys: string[], args: unknown[]) => {
      if (stripFlags) return evalStripped(script, keys, args);
      try {
        return await redis.eval(script, keys, args);
      } catch (error) {
        if (!SHEBANG.test(script) || !REFUSED_SHEBANG.test(String(error))) throw error;
        stripFlags = true;
        return evalStripped(script, keys, args);
      }
    }) as Redis["eval"],
  };
}
