import "server-only";

import { checkRateLimit } from "@/lib/cache/rate-limit/check-rate-limit";
import { RATE_LIMIT_POLICIES } from "@/lib/cache/rate-limit/rate-limit-policies";
import { getEnv } from "@/lib/env";
import { AppError } from "@/lib/errors/app-error";

/**
 * Counts one trip to IGDB against `client` (lib/cache/rate-limit/get-client-identity.ts); throws AppError("rate_limited")
 * when the client is over the IGDB policy. Called where the IGDB leg is entered (search, game lookups), so the
 * limit holds whichever page or API asked; `undefined` is the server's own work (build, jobs): not counted.
 * Fails open with Redis, like the API limits: IGDB's own throttle still caps what reaches it.
 *
 * @example
 * await assertIgdbLegRateLimit(client); // before asking IGDB
 */
export async function assertIgdbLegRateLimit(client: string | undefined): Promise<void> {
  if (client === undefined || getEnv().API_RATE_LIMITS === "off") return;
  const policy = RATE_LIMIT_POLICIES.igdb;
  const result = await checkRateLimit(client, policy);
  if (result.allowed) return;
  const retryAfterSeconds = Math.max(1, Math.ceil(result.resetMs / 1000));
  throw new AppError(
    "rate_limited",
    `Too many lookups of games we do not hold yet: at most ${policy.limit} a minute. Try again in ${retryAfterSeconds} s.`,
    { policy: policy.name, limit: policy.limit, window_seconds: policy.windowMs / 1000, retry_after_seconds: retryAfterSeconds },
    retryAfterSeconds,
  );
}
