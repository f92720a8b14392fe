// Every public API rate limit, per client (see get-client-identity.ts), in one place. Sliding windows:
// a client may spend its whole allowance in a burst, then gets it back as the window slides.
// Constants on purpose: a limit is part of the API's contract, changed in review, not per deployment.
import type { RateLimitPolicy } from "@/lib/cache/rate-limit/types";

export const RATE_LIMIT_POLICIES = {
  /** GET /api/games/search: each cold query may cost an IGDB call, hence the tighter limit. */
  search: { name: "search", limit: 60, windowMs: 10_000 },
  /** GET /api/games/{id}. */
  games: { name: "games", limit: 120, windowMs: 10_000 },
  /** POST /api/users: each sign-up costs an argon2 hash (about 20 MiB and tens of ms of CPU). */
  signUp: { name: "sign-up", limit: 10, windowMs: 10 * 60_000 },
  // Sign-in limits (lib/auth) slow password guessing: per address, and per email so that rotating addresses
  // does not help against one account. An address may be an office or a campus behind one NAT, so it gets
  // more room than one account does. Attempts count whether they succeed or not.
  /** Password sign-ins (Auth.js credentials) per client address. */
  signIn: { name: "sign-in", limit: 20, windowMs: 10 * 60_000 },
  /** Password sign-ins per email address, from anywhere. */
  signInEmail: { name: "sign-in-email", limit: 10, windowMs: 10 * 60_000 },
  /** Magic-link requests per client address: each one sends an email. */
  magicLink: { name: "magic-link", limit: 10, windowMs: 10 * 60_000 },
  /** Magic-link requests per email address, so nobody can flood someone's inbox with our mail. */
  magicLinkEmail: { name: "magic-link-email", limit: 5, windowMs: 10 * 60_000 },
  /** Password-reset mails per client address. */
  passwordReset: { name: "password-reset", limit: 10, windowMs: 10 * 60_000 },
  /** Password-reset mails per email address, so nobody can flood someone's inbox with our mail. */
  passwordResetEmail: { name: "password-reset-email", limit: 3, windowMs: 60 * 60_000 },
} as const satisfies Record<string, RateLimitPolicy>;

export type RateLimitPolicyName = keyof typeof RATE_LIMIT_POLICIES;
