import type { ServerEnv } from "@/lib/env";

/**
 * The origins an OAuth sign-in form ends up at: the form posts to our server action, which answers with a
 * redirect to the provider's authorize page, and CSP's form-action checks that redirect too. Only the
 * providers lib/auth/auth-providers.ts turns on (both credentials set).
 */
export function listFormActionOrigins(env: ServerEnv): string[] {
  const origins: string[] = [];
  if (env.AUTH_GITHUB_ID && env.AUTH_GITHUB_SECRET) origins.push("https://github.com");
  if (env.AUTH_TWITCH_ID && env.AUTH_TWITCH_SECRET) {
    origins.push(env.AUTH_TWITCH_ISSUER ? new URL(env.AUTH_TWITCH_ISSUER).origin : "https://id.twitch.tv");
  }
  return origins;
}
