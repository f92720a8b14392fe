// Per-client rate limits for the public API: 429 {error: {code: "rate_limited", …}} with Retry-After when a
// client is over its policy; RateLimit-* headers on the responses it may have. Fails open (see checkRateLimit).
import type { NextRequest } from "next/server";

import { checkRateLimit } from "@/lib/cache/rate-limit/check-rate-limit";
import { getClientIdentity } from "@/lib/cache/rate-limit/get-client-identity";
import { RATE_LIMIT_POLICIES, type RateLimitPolicyName } from "@/lib/cache/rate-limit/rate-limit-policies";
import type { RateLimitResult } from "@/lib/cache/rate-limit/types";
import { getEnv } from "@/lib/env";
import { AppError } from "@/lib/errors/app-error";

/**
 * Counts this request against its client's `policyName` allowance; throws AppError("rate_limited") (a 429
 * with Retry-After through handleApiError / withErrors) when the client is over it. Call it first in the
 * handler, so that invalid requests count too.
 *
 * @example
 * export const GET = withErrors(async (req: NextRequest) => {
 *   const rateLimit = await assertRateLimit(req, "search");
 *   const query = searchGamesQuerySchema.parse(Object.fromEntries(req.nextUrl.searchParams));
 *   return withRateLimitHeaders(NextResponse.json(await searchGames(query)), rateLimit);
 * });
 */
export async function assertRateLimit(req: NextRequest, policyName: RateLimitPolicyName): Promise<RateLimitResult> {
  const policy = RATE_LIMIT_POLICIES[policyName];
  if (getEnv().API_RATE_LIMITS === "off") {
    return { allowed: true, limit: policy.limit, remaining: policy.limit, resetMs: 0, failedOpen: true };
  }
  // Always someone: the socket address when no trusted proxy says otherwise (get-client-identity.ts).
  const result = await checkRateLimit(getClientIdentity(req.headers), policy);
  if (!result.allowed) {
    const retryAfterSeconds = Math.max(1, Math.ceil(result.resetMs / 1000));
    const windowSeconds = policy.windowMs / 1000;
    throw new AppError(
      "rate_limited",
      `Too many requests: at most ${policy.limit} every ${windowSeconds} seconds. Try again in ${retryAfterSeconds} s.`,
      { policy: policy.name, limit: policy.limit, window_seconds: windowSeconds, retry_after_seconds: retryAfterSeconds },
      retryAfterSeconds,
    );
  }
  return result;
}

/**
 * Adds RateLimit-Limit, RateLimit-Remaining and RateLimit-Reset (seconds until the window ends) to a
 * response, as in the IETF httpapi rate-limit headers draft. Nothing when the limiter failed open: the
 * numbers would be made up.
 */
export function withRateLimitHeaders<R extends Response>(response: R, result: RateLimitResult): R {
  if (result.failedOpen) return response;
  response.headers.set("RateLimit-Limit", String(result.limit));
  response.headers.set("RateLimit-Remaining", String(result.remaining));
  response.headers.set("RateLimit-Reset", String(Math.ceil(result.resetMs / 1000)));
  return response;
}
