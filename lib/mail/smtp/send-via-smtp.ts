import "server-only";

// Real mail through nodemailer: the maintained standard SMTP client for Node (STARTTLS, AUTH, pooling,
// RFC-correct MIME), and the transport Auth.js's email provider itself is built on, so sign-in links and
// the rest of our mail take one path.
import nodemailer, { type Transporter } from "nodemailer";
import SMTPTransport from "nodemailer/lib/smtp-transport";

import { toMailDeliveryError } from "../mail-delivery-error";
import type { SendMailInput } from "../schemas";

export interface SmtpSettings {
  url: string;
  from: string;
  timeoutMs: number;
}

// One transporter per settings, kept for the process. Not pooled: each message opens its own connection,
// which costs a handshake but never hands a message to a connection the server has silently dropped, and
// sign-in mail is far too rare for connection reuse to matter.
let current: { key: string; transporter: Transporter<SMTPTransport.SentMessageInfo> } | null = null;

function transporterFor(settings: SmtpSettings): Transporter<SMTPTransport.SentMessageInfo> {
  const key = `${settings.url}\n${settings.timeoutMs}`;
  if (current?.key !== key) {
    // An SMTPTransport built here, not createTransport({url, …}): given a url, createTransport keeps only
    // what the URL says and drops the timeouts. Nodemailer's own defaults (2 min to connect, 10 min of
    // silence) would hold a job slot for minutes against a dead server.
    const transport = new SMTPTransport({
      url: settings.url,
      connectionTimeout: settings.timeoutMs,
      greetingTimeout: settings.timeoutMs,
      socketTimeout: settings.timeoutMs,
      dnsTimeout: settings.timeoutMs,
    });
    current = { key, transporter: nodemailer.createTransport(transport) };
  }
  return current.transporter;
}

/**
 * Hands the message to the SMTP server; throws MailDeliveryError, permanent on a 5xx reply. With one
 * recipient a refused RCPT TO fails the whole send (nodemailer's EENVELOPE carries the server's code).
 */
export async function sendViaSmtp(message: SendMailInput, settings: SmtpSettings): Promise<{ messageId: string }> {
  try {
    const info = await transporterFor(settings).sendMail({ from: settings.from, ...message });
    return { messageId: info.messageId };
  } catch (error) {
    throw toMailDeliveryError(error);
  }
}
