// What crosses into and out of the mail adapter. One schema serves sendMail, the email job's payload and
// the dev outbox pages, so a message the job accepts is one the transport can send.
import { z } from "zod";

/** No CR or LF: a header value that could smuggle in a second header (Bcc:) is refused, not escaped. */
const oneLine = /^[^\r\n]*$/;

export const sendMailInputSchema = z.object({
  /** One recipient: the app mails people one at a time (sign-in links, receipts). */
  to: z.email().max(254),
  subject: z.string().trim().min(1).max(200).regex(oneLine, "must be one line"),
  /** Always present: the part every client shows, and the one whose links the dev outbox makes clickable. */
  text: z.string().min(1).max(100_000),
  html: z.string().min(1).max(500_000).optional(),
  /**
   * Extra header lines, from a short allow-list so no caller can set From, Bcc or Reply-To: the RFC 8058
   * one-click unsubscribe pair that bulk mail (deal alerts) must carry for Gmail and Yahoo.
   */
  headers: z
    .object({
      "List-Unsubscribe": z.string().min(1).max(2_000).regex(oneLine, "must be one line"),
      "List-Unsubscribe-Post": z.literal("List-Unsubscribe=One-Click"),
    })
    .partial()
    .strict()
    .optional(),
});
export type SendMailInput = z.infer<typeof sendMailInputSchema>;

export type SendMailResult =
  { via: "smtp"; messageId: string } | { via: "outbox"; messageId: string; /** Its page: /dev/outbox/{outboxId}. */ outboxId: string };

/** Outbox ids sort by time: 13-digit ms timestamp, then random hex (also what makes them safe in paths). */
export const OUTBOX_ID = /^\d{13}-[0-9a-f]{8}$/;

/** The JSON summary stored beside each outbox message's .eml. */
export const OutboxMessageSchema = z.object({
  id: z.string().regex(OUTBOX_ID),
  messageId: z.string(),
  from: z.string(),
  to: z.string(),
  subject: z.string(),
  /** ISO 8601. */
  date: z.string(),
  text: z.string(),
  html: z.string().nullable(),
});
export type OutboxMessage = z.infer<typeof OutboxMessageSchema>;

/** A stored message with the raw header lines of its .eml, for the message page. */
export type OutboxMessageDetail = OutboxMessage & { headers: Array<{ name: string; value: string }> };
