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
  // more room than one account does. Per address every attempt counts (each costs an argon2 hash).
  /** Password sign-ins (Auth.js credentials) per client address. */
  signIn: { name: "sign-in", limit: 20, windowMs: 10 * 60_000 },
  // Per email only FAILED sign-ins count, in three tiers: a delay that grows with the failures (a minute after
  // 5, up to ten minutes after 10, up to an hour after 20) instead of one hard lock. The owner's right password
  // never uses the budget up, and whoever fails on purpose to keep them out has to keep at it; a magic link
  // still signs them in meanwhile. Refuse rather than evict when full (create-memory-rate-limiter.ts).
  /** Failed password sign-ins per email address, from anywhere: the first tier. */
  signInFailures: { name: "sign-in-failures", limit: 5, windowMs: 60_000, whenFull: "refuse" },
  signInFailures10m: { name: "sign-in-failures-10m", limit: 10, windowMs: 10 * 60_000, whenFull: "refuse" },
  signInFailures1h: { name: "sign-in-failures-1h", limit: 20, windowMs: 60 * 60_000, whenFull: "refuse" },
  /** Magic-link requests per client address: each one sends an email. */
  magicLink: { name: "magic-link", limit: 10, windowMs: 10 * 60_000 },
  // Per email address, so nobody can flood someone's inbox with our mail: one link a minute, ten a day. Every
  // link stays valid (24 h, single use) when another is sent, so requests made by someone else only put
  // working links in the owner's inbox: they cannot keep the owner out.
  /** Magic-link mails per email address: one a minute. */
  magicLinkEmail: { name: "magic-link-email", limit: 1, windowMs: 60_000, whenFull: "refuse" },
  /** Magic-link mails per email address: ten a day. */
  magicLinkEmailDay: { name: "magic-link-email-day", limit: 10, windowMs: 24 * 60 * 60_000, whenFull: "refuse" },
  /**
   * Requests that reach IGDB (the search leg and game lookups missing from the catalog) per client, whatever
   * page or API asks: each spends part of IGDB's 4 requests a second, shared by every client. One a second
   * (a quarter of that) leaves room for instant search typed behind an office NAT.
   */
  igdb: { name: "igdb", limit: 60, windowMs: 60_000 },
  /** Password-reset mails per client address. */
  passwordReset: { name: "password-reset", limit: 10, windowMs: 10 * 60_000 },
  /** Password-reset mails per email address, so nobody can flood someone's inbox with our mail. */
  passwordResetEmail: { name: "password-reset-email", limit: 3, windowMs: 60 * 60_000, whenFull: "refuse" },
  /** POST /api/checkout per client: each one may create a Stripe Checkout Session. */
  checkout: { name: "checkout", limit: 30, windowMs: 60_000 },
  /** Refund and cancel requests on orders per client: each one calls Stripe. */
  orderActions: { name: "order-actions", limit: 30, windowMs: 60_000 },
  /** Cart changes (POST and DELETE /api/cart/items) per client: a guest's first add makes a cart row. */
  cartWrites: { name: "cart-writes", limit: 60, windowMs: 60_000 },
} as const satisfies Record<string, RateLimitPolicy>;

export type RateLimitPolicyName = keyof typeof RATE_LIMIT_POLICIES;
