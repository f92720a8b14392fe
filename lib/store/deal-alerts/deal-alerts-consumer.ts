// Turns price drops into deal alerts: each price.changed that lowers a price makes the alerts of the players
// who wish for the game (createDealAlerts, one INSERT … SELECT in the consumer's dedupe transaction, so a
// redelivered event makes none), then, once that commits, nudges the sender, which mails the instant ones.
import { defineEventConsumer } from "@/lib/events/define-event-consumer";

import { createDealAlerts } from "./create-deal-alerts";
import { nudgeDealAlertSender } from "./jobs/deal-alerts-send-job";

export const dealAlertsConsumer = defineEventConsumer({
  name: "deal-alerts",
  types: ["price.changed"],
  async handle(event, tx) {
    const made = await createDealAlerts(tx, event.data);
    // After the commit, so the sender finds the alerts (no every-minute wait when JOB_SCHEDULES=off).
    if (made > 0) return () => nudgeDealAlertSender(0);
  },
});
