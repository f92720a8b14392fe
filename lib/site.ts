import { getEnv, publicOrigin } from "@/lib/env";

/**
 * The public origin, for canonical URLs and every link we mail: SITE_URL, else an operator's AUTH_URL, else the
 * origin this server listens on (lib/env.ts publicOrigin). Never a request's Host: mailed links must not follow
 * a forged X-Forwarded-Host.
 */
export function siteUrl(): string {
  return publicOrigin(getEnv());
}
