import "server-only";

import { getEnv } from "@/lib/env";
import { logger } from "@/lib/log/logger";

/**
 * Said once at a production start without SMTP_URL: nobody receives the site's mail (sign-in links,
 * password resets); it is kept in DATA_DIR/outbox, readable at /dev/outbox by admins and by a browser on
 * this machine. Right for trying Questlog out with `npm start`, wrong for a site other people use.
 */
export function warnAboutOutbox(): void {
  const env = getEnv();
  if (env.NODE_ENV !== "production" || env.SMTP_URL) return;
  logger.warn(
    { outbox: `${env.DATA_DIR}/outbox`, pages: "/dev/outbox" },
    "NO SMTP_URL: MAIL IS NOT DELIVERED. Sign-in links and every other message are kept in the dev outbox, " +
      "readable at /dev/outbox only by admins and by a browser on this machine (loopback, no proxy). " +
      "Fine for a local trial; set SMTP_URL before anyone else uses this site.",
  );
}
