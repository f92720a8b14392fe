// Every public API rate limit, per client (see get-client-identity.ts), in one place. Sliding windows:
// a client may spend its whole allowance in a burst, then gets it back as the window slides.
// Constants on purpose: a limit is part of the API's contract, changed in review, not per deployment.
import type { RateLimitPolicy } from "@/lib/cache/rate-limit/types";

export const RATE_LIMIT_POLICIES = {
  /** GET /api/games/search: each cold query may cost an IGDB call, hence the tighter limit. */
  search: { name: "search", limit: 60, windowMs: 10_000 },
  /** GET /api/games/{id}. */
  games: { name: "games", limit: 120, windowMs: 10_000 },
} as const satisfies Record<string, RateLimitPolicy>;

export type RateLimitPolicyName = keyof typeof RATE_LIMIT_POLICIES;
