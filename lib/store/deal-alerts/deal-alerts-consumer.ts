// Turns price drops into deal alerts: each price.changed that lowers a price makes the alerts of the players
// who wish for the game (createDealAlerts, one INSERT … SELECT in the consumer's dedupe transaction, so a
// redelivered event makes none), then nudges the sender, which mails instant alerts after this commits.
import { defineEventConsumer } from "@/lib/events/define-event-consumer";

import { createDealAlerts } from "./create-deal-alerts";
import { nudgeDealAlertSender } from "./jobs/deal-alerts-send-job";

export const dealAlertsConsumer = defineEventConsumer({
  name: "deal-alerts",
  types: ["price.changed"],
  async handle(event, tx) {
    const made = await createDealAlerts(tx, event.data);
    if (made > 0) await nudgeDealAlertSender();
  },
});
