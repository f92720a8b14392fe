import { getEnv } from "@/lib/env";

/** The public origin for canonical URLs: SITE_URL, else this server on PORT. */
export function siteUrl(): string {
  const env = getEnv();
  return (env.SITE_URL ?? `http://localhost:${env.PORT}`).replace(/\/+$/, "");
}
