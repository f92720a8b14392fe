import { z } from "zod";

import { defineJob } from "@/lib/jobs/define-job";

import { requeueLostWebhookEvents } from "../requeue-lost-webhook-events";

/** Every minute: webhook events whose job was lost get one again (requeue-lost-webhook-events.ts). */
export const requeueWebhookEventsJob = defineJob({
  name: "payments.requeue-webhook-events",
  queue: "payments",
  schema: z.object({}),
  options: { attempts: 1, repeat: { cron: "* * * * *" }, keepCompleted: 100 },
  async handle() {
    return { requeued: await requeueLostWebhookEvents() };
  },
});
