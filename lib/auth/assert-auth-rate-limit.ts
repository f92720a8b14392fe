import "server-only";

import { createHash } from "node:crypto";

import { CredentialsSignin } from "next-auth";

import { checkRateLimit, peekRateLimit } from "@/lib/cache/rate-limit/check-rate-limit";
import { getClientIdentity } from "@/lib/cache/rate-limit/get-client-identity";
import { RATE_LIMIT_POLICIES } from "@/lib/cache/rate-limit/rate-limit-policies";
import type { RateLimitPolicy, RateLimitResult } from "@/lib/cache/rate-limit/types";
import { getEnv } from "@/lib/env";
import { AppError } from "@/lib/errors/app-error";

/**
 * Thrown inside Auth.js when a sign-in is over its limit. A CredentialsSignin on purpose: it is the one Auth.js
 * error that reaches the page with a code of our choosing (…?error=CredentialsSignin&code=rate_limited), for
 * magic links too; any other error would show as a server misconfiguration.
 */
export class SignInRateLimited extends CredentialsSignin {
  override code = "rate_limited";
  constructor(readonly retryAfterSeconds: number) {
    super(`Too many sign-in attempts. Try again in ${retryAfterSeconds} s.`);
  }
}

const P = RATE_LIMIT_POLICIES;
/** Failed password sign-ins per email: tiers that together make a growing delay (rate-limit-policies.ts). */
const SIGN_IN_FAILURE_TIERS: readonly RateLimitPolicy[] = [P.signInFailures, P.signInFailures10m, P.signInFailures1h];
// While Redis cannot answer, this process counts alone: the auth limits never fail open.
const STRICT = { whenDown: "memory" } as const;
/** Per client address: every attempt counts (each costs an argon2 hash or sends a mail). */
const CLIENT_POLICY = { signIn: P.signIn, magicLink: P.magicLink, passwordReset: P.passwordReset } as const;
/** Per email, counted on every request, in turn: mails sent to that address. */
const EMAIL_MAIL_POLICIES = { magicLink: [P.magicLinkEmail, P.magicLinkEmailDay], passwordReset: [P.passwordResetEmail] } as const;

/**
 * Counts a password sign-in or a magic-link request against the client's address, and checks the email it
 * names; throws SignInRateLimited when either is over its policy (lib/cache/rate-limit/rate-limit-policies.ts).
 * - "signIn": the email is only checked here (failed attempts count, through recordSignInFailure).
 * - "magicLink", "passwordReset": the email is counted here (mails to it: one sign-in link a minute and ten
 *   a day; three reset links an hour), after the client passed.
 * Unlike the API limits, the per-email limits hold whatever the address: they stop a guesser who rotates
 * addresses. AUTH_RATE_LIMITS=off lifts them all (test suites only).
 *
 * @example
 * await assertAuthRateLimit("signIn", request.headers, "ada@example.com");
 */
export async function assertAuthRateLimit(kind: keyof typeof CLIENT_POLICY, headers: Headers, email: string): Promise<void> {
  if (getEnv().AUTH_RATE_LIMITS === "off") return;
  const client = await checkRateLimit(getClientIdentity(headers), CLIENT_POLICY[kind], STRICT);
  if (!client.allowed) throw refusal([client]);
  if (!email) return;
  const key = emailKey(email);
  if (kind === "signIn") {
    const tiers = await Promise.all(SIGN_IN_FAILURE_TIERS.map((policy) => peekRateLimit(key, policy, STRICT)));
    if (tiers.some((tier) => !tier.allowed)) throw refusal(tiers);
    return;
  }
  // In turn: a request refused by the first does not use up the day's allowance.
  for (const policy of EMAIL_MAIL_POLICIES[kind]) {
    const result = await checkRateLimit(key, policy, STRICT);
    if (!result.allowed) throw refusal([result]);
  }
}

/**
 * assertAuthRateLimit for the JSON API (the account controls): over the limit is AppError("rate_limited"), a 429
 * with Retry-After, instead of the Auth.js error the sign-in pages read.
 *
 * @example
 * await assertAccountRateLimit("passwordReset", req.headers, email, "Too many reset requests. Try again later.");
 */
export async function assertAccountRateLimit(
  kind: keyof typeof CLIENT_POLICY,
  headers: Headers,
  email: string,
  message?: string,
): Promise<void> {
  try {
    await assertAuthRateLimit(kind, headers, email);
  } catch (error) {
    if (error instanceof SignInRateLimited)
      throw new AppError("rate_limited", message ?? error.message, undefined, error.retryAfterSeconds);
    throw error;
  }
}

/** Counts a failed password sign-in against the email it named (every tier). */
export async function recordSignInFailure(email: string): Promise<void> {
  if (getEnv().AUTH_RATE_LIMITS === "off" || !email) return;
  const key = emailKey(email);
  await Promise.all(SIGN_IN_FAILURE_TIERS.map((policy) => checkRateLimit(key, policy, STRICT)));
}

// Hashed: addresses stay out of Redis keys, and the key length is bounded whatever was typed.
function emailKey(email: string): string {
  return `email:${createHash("sha256").update(email.trim().toLowerCase()).digest("hex").slice(0, 32)}`;
}

function refusal(results: RateLimitResult[]): SignInRateLimited {
  return new SignInRateLimited(Math.max(1, ...results.filter((r) => !r.allowed).map((r) => Math.ceil(r.resetMs / 1000))));
}
