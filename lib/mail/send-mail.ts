import "server-only";

import { getEnv } from "@/lib/env";
import { logger } from "@/lib/log/logger";

import { writeOutboxMessage } from "./outbox/write-outbox-message";
import { sendMailInputSchema, type SendMailInput, type SendMailResult } from "./schemas";
import { sendViaSmtp } from "./smtp/send-via-smtp";

/**
 * Sends one message: through SMTP_URL's server when set, else into the dev outbox (DATA_DIR/outbox,
 * readable at /dev/outbox). Validates first, so a bad address is a ZodError, never an SMTP round trip.
 * Throws MailDeliveryError when the server refuses or cannot be reached. Most callers want enqueueEmail
 * (lib/mail/send-email-job.ts), which retries.
 *
 * @example
 * await sendMail({ to: "ada@example.com", subject: "Sign in to Questlog", text: `Sign in: ${url}` });
 */
export async function sendMail(input: SendMailInput): Promise<SendMailResult> {
  const message = sendMailInputSchema.parse(input);
  const env = getEnv();
  // Addresses are personal data: logs carry the recipient's domain only.
  const log = { subject: message.subject, toDomain: message.to.split("@").pop() };
  if (env.SMTP_URL) {
    const { messageId } = await sendViaSmtp(message, { url: env.SMTP_URL, from: env.MAIL_FROM, timeoutMs: env.SMTP_TIMEOUT_MS });
    logger.info({ ...log, messageId }, "mail sent");
    return { via: "smtp", messageId };
  }
  const stored = await writeOutboxMessage(message, env.MAIL_FROM);
  logger.info({ ...log, messageId: stored.messageId, page: `/dev/outbox/${stored.id}` }, "mail kept in the dev outbox (no SMTP_URL)");
  return { via: "outbox", messageId: stored.messageId, outboxId: stored.id };
}

/**
 * Whether /dev/outbox exists at all: only when mail goes to the outbox (no SMTP_URL) and MAIL_OUTBOX_PAGES is
 * not "off". Who may read it is decided per request (lib/api/can-view-outbox.ts): in production only an
 * admin, or a browser on this machine for the zero-config trial.
 */
export function outboxPagesEnabled(): boolean {
  const env = getEnv();
  return !env.SMTP_URL && env.MAIL_OUTBOX_PAGES !== "off";
}
