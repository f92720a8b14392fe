import "server-only";

import type { Provider } from "next-auth/providers";
import Credentials from "next-auth/providers/credentials";
import GitHub from "next-auth/providers/github";
import Twitch from "next-auth/providers/twitch";

import type { ServerEnv } from "@/lib/env";

import { authorizeCredentials } from "./authorize-credentials";
import { magicLinkProvider } from "./magic-link-provider";
import { gitHubOptions, twitchOptions } from "./oauth-provider-options";

/**
 * The sign-in methods: email + password and emailed links always; GitHub and Twitch when their credentials
 * are configured (an unconfigured OAuth button would only lead to an error page). The OAuth providers accept
 * only an address the provider has verified (oauth-provider-options.ts).
 */
export function authProviders(env: ServerEnv): Provider[] {
  const providers: Provider[] = [
    Credentials({
      credentials: { email: { label: "Email", type: "email" }, password: { label: "Password", type: "password" } },
      authorize: authorizeCredentials,
    }),
    magicLinkProvider(),
  ];
  if (env.AUTH_GITHUB_ID && env.AUTH_GITHUB_SECRET) {
    providers.push(GitHub({ clientId: env.AUTH_GITHUB_ID, clientSecret: env.AUTH_GITHUB_SECRET, ...gitHubOptions() }));
  }
  if (env.AUTH_TWITCH_ID && env.AUTH_TWITCH_SECRET) {
    providers.push(
      Twitch({
        clientId: env.AUTH_TWITCH_ID,
        clientSecret: env.AUTH_TWITCH_SECRET,
        ...twitchOptions(),
        ...(env.AUTH_TWITCH_ISSUER ? { issuer: env.AUTH_TWITCH_ISSUER } : {}),
      }),
    );
  }
  return providers;
}
