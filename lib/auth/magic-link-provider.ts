import "server-only";

import type { EmailConfig } from "next-auth/providers/email";

import { getEnv, publicOrigin } from "@/lib/env";
import { sendMagicLink } from "@/lib/mail/send-magic-link";

import { assertAuthRateLimit } from "./assert-auth-rate-limit";

/** How long a sign-in link works (once): Auth.js's default, and what the email tells the reader (lib/mail). */
const MAGIC_LINK_MAX_AGE_SECONDS = 24 * 60 * 60;

/**
 * Sign-in by emailed link (Auth.js email provider; a new address gets an account). Our own provider object
 * rather than Auth.js's Nodemailer one, so that mail goes through lib/mail (SMTP or the dev outbox) and
 * requests are rate-limited per client and per address before anything is sent.
 */
export function magicLinkProvider(): EmailConfig {
  return {
    id: "email",
    type: "email",
    name: "Email",
    maxAge: MAGIC_LINK_MAX_AGE_SECONDS,
    async sendVerificationRequest({ identifier, url, request }) {
      await assertAuthRateLimit("magicLink", request.headers, identifier);
      const link = onPublicOrigin(url);
      await sendMagicLink({ to: identifier, url: link, host: new URL(link).host });
    },
  };
}

// Auth.js builds the link from AUTH_URL or the request's host, and a client reaching the server directly can
// set the host to anything: a link to a look-alike site would hand it the victim's token. In production the
// link goes to the public origin (SITE_URL, else AUTH_URL, else the server's own origin) whatever the request
// or AUTH_TRUST_HOST says; outside production SITE_URL does when set, else the request's host stands.
function onPublicOrigin(url: string): string {
  const env = getEnv();
  const site = env.NODE_ENV === "production" ? publicOrigin(env) : env.SITE_URL;
  if (!site) return url;
  const link = new URL(url);
  const origin = new URL(site);
  link.protocol = origin.protocol;
  link.host = origin.host;
  // Auth.js puts the page to land on in the link as an absolute URL on the request's origin; the path alone
  // is enough (the redirect callback puts it on the public origin) and names no host.
  const callback = link.searchParams.get("callbackUrl");
  if (callback) {
    const target = new URL(callback, origin);
    link.searchParams.set("callbackUrl", `${target.pathname}${target.search}${target.hash}`);
  }
  return link.toString();
}
