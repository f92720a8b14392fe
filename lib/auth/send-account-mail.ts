import "server-only";

import { enqueueEmail } from "@/lib/mail/send-email-job";
import { escapeHtml } from "@/lib/text/escape-html";

export interface AccountMail {
  to: string;
  subject: string;
  /** Paragraphs, in order; the link (if any) goes after the first. */
  paragraphs: string[];
  link?: { url: string; label: string };
}

/**
 * Queues one of the account mails (password reset, email change, "you already have an account", deletion) as
 * the email.send job, like sign-in links: the request answers at once and a blinking mail server is retried.
 *
 * @example
 * await sendAccountMail({ to, subject: "Reset your Questlog password", paragraphs: [...], link: { url, label: "Choose a new password" } });
 */
export async function sendAccountMail({ to, subject, paragraphs, link }: AccountMail): Promise<void> {
  const [first = "", ...rest] = paragraphs;
  const text = [first, ...(link ? ["", link.url] : []), ...rest.flatMap((p) => ["", p])].join("\n");
  const button = link
    ? `<p><a href="${escapeHtml(link.url)}" style="display:inline-block;padding:10px 16px;background:#4f46e5;color:#fff;border-radius:6px;text-decoration:none">${escapeHtml(link.label)}</a></p>`
    : "";
  const html = `<!doctype html><html><body style="font-family:system-ui,sans-serif;line-height:1.5;color:#111">
<h1 style="font-size:20px">${escapeHtml(subject)}</h1>
<p>${escapeHtml(first)}</p>${button}
${rest.map((p) => `<p style="color:#555;font-size:14px">${escapeHtml(p)}</p>`).join("\n")}
</body></html>`;
  await enqueueEmail({ to, subject, text, html });
}
