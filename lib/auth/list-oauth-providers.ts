import "server-only";

import { getEnv } from "@/lib/env";

export interface OAuthProviderInfo {
  id: "github" | "twitch";
  name: string;
}

/** The OAuth providers with credentials configured (the same test as auth-providers.ts), for sign-in buttons. */
export function listOAuthProviders(): OAuthProviderInfo[] {
  const env = getEnv();
  const providers: OAuthProviderInfo[] = [];
  if (env.AUTH_GITHUB_ID && env.AUTH_GITHUB_SECRET) providers.push({ id: "github", name: "GitHub" });
  if (env.AUTH_TWITCH_ID && env.AUTH_TWITCH_SECRET) providers.push({ id: "twitch", name: "Twitch" });
  return providers;
}
