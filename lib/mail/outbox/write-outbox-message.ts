import "server-only";

import { rename, writeFile } from "node:fs/promises";

import nodemailer from "nodemailer";

import type { OutboxMessage, SendMailInput } from "../schemas";
import { newOutboxId, outboxDir, outboxPaths } from "./outbox-files";
import { pruneOutbox } from "./prune-outbox";

// Nodemailer's stream transport runs the same MailComposer as SMTP delivery, so the stored .eml is the
// message a server would have received (MIME parts, encodings, Message-ID), openable in any mail client.
const composer = nodemailer.createTransport({ streamTransport: true, buffer: true });

/**
 * CRLF line ends throughout, as RFC 5322 requires and SMTP's DATA stage produces: the composer writes its
 * headers with CRLF but leaves text bodies' line breaks as given (its `newline` option no longer applies
 * them in nodemailer 8). Latin-1 round-trips every byte, so UTF-8 bodies are untouched.
 */
function toCrlf(message: Buffer): Buffer {
  return Buffer.from(message.toString("latin1").replace(/\r?\n/g, "\r\n"), "latin1");
}

/** Stores the message as DATA_DIR/outbox/{id}.eml plus a {id}.json summary for the outbox pages. */
export async function writeOutboxMessage(message: SendMailInput, from: string): Promise<OutboxMessage> {
  const info = await composer.sendMail({ from, ...message });
  const dir = outboxDir();
  const id = newOutboxId();
  const files = outboxPaths(dir, id);
  const summary: OutboxMessage = {
    id,
    messageId: info.messageId,
    from,
    to: message.to,
    subject: message.subject,
    date: new Date().toISOString(),
    text: message.text,
    html: message.html ?? null,
  };
  if (!Buffer.isBuffer(info.message)) throw new Error("nodemailer's stream transport returned a stream despite buffer: true");
  // Owner-only whatever the umask: the message carries a live sign-in link.
  await writeFile(files.eml, toCrlf(info.message), { mode: 0o600 });
  // The summary is what lists a message: written last, and renamed into place, so a reader never sees a
  // message without its .eml or a half-written summary.
  await writeFile(`${files.json}.tmp`, JSON.stringify(summary), { mode: 0o600 });
  await rename(`${files.json}.tmp`, files.json);
  await pruneOutbox(dir);
  return summary;
}
