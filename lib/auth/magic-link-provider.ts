import "server-only";

import type { EmailConfig } from "next-auth/providers/email";

import { getEnv } from "@/lib/env";
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

// Auth.js builds the link from the request's host (trustHost), which a client reaching the server directly can
// set to anything: a link to a look-alike site would hand it the victim's token. With SITE_URL configured the
// link goes to the public origin whatever the request said; without it (local, zero-config) the host stands.
function onPublicOrigin(url: string): string {
  const site = getEnv().SITE_URL;
  if (!site) return url;
  const link = new URL(url);
  const origin = new URL(site);
  link.protocol = origin.protocol;
  link.host = origin.host;
  return link.toString();
}
