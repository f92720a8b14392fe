import "server-only";

import { z } from "zod";

import { defineJob } from "@/lib/jobs/define-job";
import { PermanentJobError } from "@/lib/jobs/errors";
import { getJobSystem } from "@/lib/jobs/get-job-system";
import type { EnqueueOptions } from "@/lib/jobs/types";

import { MailDeliveryError } from "./mail-delivery-error";
import { sendMailInputSchema, type SendMailInput } from "./schemas";
import { MailBodySealError, openMailBody, sealMailBody } from "./seal-mail-body";
import { sendMail } from "./send-mail";

/**
 * The job's payload: recipient and subject in the clear (what an operator needs to tell mails apart), the
 * text and HTML sealed (lib/mail/seal-mail-body.ts). A payload queued before sealing (plain text and html)
 * is still sent, so jobs waiting through an upgrade, and dead letters requeued after it, go out.
 */
export const queuedMailSchema = z.union([
  sendMailInputSchema
    .pick({ to: true, subject: true })
    .extend({ body: z.string().min(1).max(1_000_000) })
    .strict(),
  sendMailInputSchema,
]);
export type QueuedMail = z.infer<typeof queuedMailSchema>;

/**
 * One message per job, so a slow or failing recipient holds up no one else. Retries the seeds' way
 * (3 tries, 2 s then 4 s apart) for what may pass: a refused connection, a timeout, a 4xx "try later".
 * A 5xx is the server's final answer (unknown mailbox, refused sender, bad credentials): the job fails at
 * once into the dead letters, where an operator can requeue it after fixing the cause.
 *
 * Job data is visible to admins, so the payload carries the text and HTML sealed, never a readable
 * sign-in link; completed jobs can then be kept for the console like any other.
 */
export const sendEmailJob = defineJob({
  name: "email.send",
  queue: "email",
  schema: queuedMailSchema,
  options: { attempts: 3, backoff: { type: "exponential", delayMs: 2_000 }, keepCompleted: 100 },
  async handle(queued, context) {
    try {
      const message = "body" in queued ? { to: queued.to, subject: queued.subject, ...openMailBody(queued.body, queued.to) } : queued;
      const result = await sendMail(message);
      await context.log(`sent via ${result.via} as ${result.messageId}`);
      return result;
    } catch (error) {
      if (error instanceof MailDeliveryError && error.permanent) throw new PermanentJobError(error.message, { cause: error });
      if (error instanceof MailBodySealError) throw new PermanentJobError(error.message, { cause: error });
      throw error;
    }
  },
});

/**
 * Queues a message for sending with retries, its text and HTML sealed; resolves once it is queued (validated),
 * not sent.
 *
 * @example
 * await enqueueEmail({ to: user.email, subject: "Sign in to Questlog", text, html });
 */
export async function enqueueEmail(message: SendMailInput, options?: EnqueueOptions): Promise<{ id: string; deduplicated: boolean }> {
  return getJobSystem().enqueue(sendEmailJob, toQueuedMail(message), options);
}

/** The email.send payload for a message: validated, its text and HTML sealed for the recipient. */
export function toQueuedMail(message: SendMailInput): QueuedMail {
  const { to, subject, text, html, headers } = sendMailInputSchema.parse(message);
  return {
    to,
    subject,
    body: sealMailBody({ text, ...(html === undefined ? {} : { html }), ...(headers === undefined ? {} : { headers }) }, to),
  };
}
