import { z } from "zod";

import { defineJob } from "@/lib/jobs/define-job";

import { reconcilePayments } from "../reconcile-payments";

/** Every 10 minutes, once per deployment: Stripe's recent sessions and refunds against our orders (reconcile-payments.ts). */
export const reconcilePaymentsJob = defineJob({
  name: "payments.reconcile",
  queue: "payments",
  schema: z.object({}),
  options: { attempts: 1, repeat: { cron: "*/10 * * * *" }, keepCompleted: 100 },
  async handle() {
    return reconcilePayments();
  },
});
