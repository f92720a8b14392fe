import "server-only";

import { PermanentJobError } from "@/lib/jobs/errors";
import { defineJob } from "@/lib/jobs/define-job";
import { getJobSystem } from "@/lib/jobs/get-job-system";
import type { EnqueueOptions } from "@/lib/jobs/types";

import { MailDeliveryError } from "./mail-delivery-error";
import { sendMailInputSchema, type SendMailInput } from "./schemas";
import { sendMail } from "./send-mail";

/**
 * One message per job, so a slow or failing recipient holds up no one else. Retries the seeds' way
 * (3 tries, 2 s then 4 s apart) for what may pass: a refused connection, a timeout, a 4xx "try later".
 * A 5xx is the server's final answer (unknown mailbox, refused sender, bad credentials): the job fails at
 * once into the dead letters, where an operator can requeue it after fixing the cause.
 *
 * The payload is the whole message, sign-in links included, and job data is visible to admins; completed
 * jobs are therefore kept only briefly.
 */
export const sendEmailJob = defineJob({
  name: "email.send",
  queue: "email",
  schema: sendMailInputSchema,
  options: { attempts: 3, backoff: { type: "exponential", delayMs: 2_000 }, keepCompleted: 100 },
  async handle(message, context) {
    try {
      const result = await sendMail(message);
      await context.log(`sent via ${result.via} as ${result.messageId}`);
      return result;
    } catch (error) {
      if (error instanceof MailDeliveryError && error.permanent) throw new PermanentJobError(error.message, { cause: error });
      throw error;
    }
  },
});

/**
 * Queues a message for sending with retries; resolves once it is queued (validated), not sent.
 *
 * @example
 * await enqueueEmail({ to: user.email, subject: "Sign in to Questlog", text, html });
 */
export async function enqueueEmail(message: SendMailInput, options?: EnqueueOptions): Promise<{ id: string; deduplicated: boolean }> {
  return getJobSystem().enqueue(sendEmailJob, message, options);
}
