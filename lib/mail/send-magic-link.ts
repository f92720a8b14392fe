// The sign-in email Auth.js asks for (lib/auth/magic-link-provider.ts). Sent as a job, not inline: the
// sign-in request answers at once ("check your email"), and a mail server that blinks is retried
// 3 × 2 s/4 s/8 s in the background instead of failing the sign-in.
import { escapeHtml } from "@/lib/text/escape-html";

import { enqueueEmail } from "./send-email-job";

export async function sendMagicLink({ to, url, host }: { to: string; url: string; host: string }): Promise<void> {
  const subject = `Sign in to Questlog (${host})`;
  const text = [
    `Sign in to Questlog on ${host} with this link:`,
    "",
    url,
    "",
    "It works once and expires in 24 hours. If you did not ask to sign in, ignore this email.",
  ].join("\n");
  const html = `<!doctype html><html><body style="font-family:system-ui,sans-serif;line-height:1.5;color:#111">
<h1 style="font-size:20px">Sign in to Questlog</h1>
<p>Use this link to sign in on <strong>${escapeHtml(host)}</strong>:</p>
<p><a href="${escapeHtml(url)}" style="display:inline-block;padding:10px 16px;background:#4f46e5;color:#fff;border-radius:6px;text-decoration:none">Sign in</a></p>
<p style="color:#555;font-size:14px">It works once and expires in 24 hours. If you did not ask to sign in, ignore this email.</p>
</body></html>`;
  // One pending sign-in mail per address at a time: a double click does not send two links.
  await enqueueEmail({ to, subject, text, html }, { dedupeKey: `magic-link:${to.toLowerCase()}` });
}
