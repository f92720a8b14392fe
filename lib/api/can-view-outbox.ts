import "server-only";

import { getSessionUser } from "@/lib/auth/get-session-user";
import { getEnv } from "@/lib/env";
import { outboxPagesEnabled } from "@/lib/mail";

import { isDirectLoopbackRequest, isLoopbackHost } from "./request-peer";

/**
 * Whether this request may read /dev/outbox (every stored message, live sign-in links included). Only where
 * mail goes to the outbox (no SMTP_URL, MAIL_OUTBOX_PAGES not "off"); then anyone outside production, and in
 * production:
 * - a signed-in admin (role read from the database), on any deployment;
 * - the zero-config trial: a browser on this machine, straight to the server (loopback socket, no proxy
 *   header, loopback Host), while SITE_URL is unset or loopback. `next start` listens on every interface,
 *   so "SITE_URL unset" alone let anyone on the network read every sign-in link.
 * Everyone else gets a 404 from the caller, as if the pages did not exist.
 */
export async function canViewOutbox(headers: Headers): Promise<boolean> {
  if (!outboxPagesEnabled()) return false;
  const env = getEnv();
  if (env.NODE_ENV !== "production") return true;
  const localTrial = !env.SITE_URL || isLoopbackHost(new URL(env.SITE_URL).host);
  if (localTrial && isDirectLoopbackRequest(headers)) return true;
  const user = await getSessionUser(new Request("http://outbox.invalid/", { headers: { cookie: headers.get("cookie") ?? "" } }));
  return user?.role === "ADMIN";
}
