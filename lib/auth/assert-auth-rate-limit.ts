import "server-only";

import { createHash } from "node:crypto";

import { CredentialsSignin } from "next-auth";

import { getClientIdentity } from "@/lib/api/get-client-identity";
import { RATE_LIMIT_POLICIES } from "@/lib/api/rate-limit-policies";
import { checkRateLimit } from "@/lib/cache/rate-limit/check-rate-limit";
import { getEnv } from "@/lib/env";

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

const POLICIES = {
  signIn: { client: RATE_LIMIT_POLICIES.signIn, email: RATE_LIMIT_POLICIES.signInEmail },
  magicLink: { client: RATE_LIMIT_POLICIES.magicLink, email: RATE_LIMIT_POLICIES.magicLinkEmail },
  passwordReset: { client: RATE_LIMIT_POLICIES.passwordReset, email: RATE_LIMIT_POLICIES.passwordResetEmail },
} as const;

/**
 * Counts a password sign-in or a magic-link request against the client's address and against the email it
 * names; throws SignInRateLimited when either is over its policy (lib/api/rate-limit-policies.ts).
 * Unlike the API limits, the per-email limit holds without a proxy header too: it is what stops a guesser
 * who rotates addresses. AUTH_RATE_LIMITS=off lifts both (test suites only).
 *
 * @example
 * await assertAuthRateLimit("signIn", request.headers, "ada@example.com");
 */
export async function assertAuthRateLimit(kind: keyof typeof POLICIES, headers: Headers, email: string): Promise<void> {
  if (getEnv().AUTH_RATE_LIMITS === "off") return;
  const { client: clientPolicy, email: emailPolicy } = POLICIES[kind];
  const client = getClientIdentity(headers);
  const checks = await Promise.all([
    // No address without a proxy header: one shared bucket would let anyone lock everyone out.
    client === "anonymous" ? null : checkRateLimit(client, clientPolicy),
    // Hashed: addresses stay out of Redis keys, and the key length is bounded whatever was typed.
    email ? checkRateLimit(`email:${createHash("sha256").update(email.trim().toLowerCase()).digest("hex").slice(0, 32)}`, emailPolicy) : null,
  ]);
  const refused = checks.filter((check) => check !== null && !check.allowed);
  if (refused.length > 0) {
    throw new SignInRateLimited(Math.max(1, ...refused.map((check) => Math.ceil(check!.resetMs / 1000))));
  }
}
