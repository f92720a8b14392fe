// Reads what the e2e SMTP sink received (e2e/support/smtp-sink.ts): the newest message to an address, and
// the first link in it, decoded from quoted-printable (nodemailer wraps long lines as "=\r\n" and "=3D").
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";

import { MAIL_DIR } from "./smtp-sink";

function decodeQuotedPrintable(text: string): string {
  return text.replace(/=\r?\n/g, "").replace(/=([0-9A-F]{2})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

/** Waits up to timeoutMs for a message to `to`, and returns its decoded body. */
export async function waitForMail(to: string, timeoutMs = 30_000): Promise<string> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const files = existsSync(MAIL_DIR)
      ? readdirSync(MAIL_DIR)
          .filter((f) => f.includes(to))
          .sort()
      : [];
    const newest = files.at(-1);
    if (newest) return decodeQuotedPrintable(readFileSync(path.join(MAIL_DIR, newest), "utf8"));
    if (Date.now() > deadline) throw new Error(`no mail to ${to} within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

/** Waits up to timeoutMs for a message to `to` whose decoded body contains `text` (an address gets several). */
export async function waitForMailContaining(to: string, text: string, timeoutMs = 30_000): Promise<string> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const bodies = existsSync(MAIL_DIR)
      ? readdirSync(MAIL_DIR)
          .filter((f) => f.includes(to))
          .map((f) => decodeQuotedPrintable(readFileSync(path.join(MAIL_DIR, f), "utf8")))
      : [];
    const match = bodies.find((body) => body.includes(text));
    if (match) return match;
    if (Date.now() > deadline) throw new Error(`no mail to ${to} containing ${JSON.stringify(text)} within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

export function firstLink(body: string): string {
  const match = body.match(/https?:\/\/[^\s"<>]+/);
  if (!match) throw new Error("no link in the message");
  return match[0].replace(/&amp;/g, "&");
}
