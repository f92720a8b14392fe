// What the email.send job queue holds for a recipient (no worker runs in these tests). Payloads carry the text
// and HTML sealed (lib/mail/seal-mail-body.ts); they are opened here as the worker opens them.
import { getJobSystem } from "@/lib/jobs/get-job-system";
import { openMailBody } from "@/lib/mail/seal-mail-body";

export interface QueuedMail {
  to: string;
  subject: string;
  text: string;
}

/** The mails queued to `to`, newest first. */
export async function queuedMailsTo(to: string): Promise<QueuedMail[]> {
  const { jobs } = await getJobSystem().listJobs("email", { name: "email.send", limit: 1000 } as never);
  return jobs
    .map((j) => j.data as { to: string; subject: string; body: string })
    .filter((m) => m.to === to)
    .map((m) => ({ to: m.to, subject: m.subject, text: openMailBody(m.body, m.to).text }));
}

/** The Auth.js sign-in link in the newest mail to `to` that has one. */
export async function signInLinkSentTo(to: string): Promise<string> {
  for (const mail of await queuedMailsTo(to)) {
    const link = /https?:\/\/\S+\/api\/auth\/callback\/email\?\S+/.exec(mail.text)?.[0];
    if (link) return link;
  }
  throw new Error(`no sign-in link queued for ${to}`);
}
