// What crosses the deal-alert API: the preferences (GET|PUT /api/users/me/deal-alerts) and the unsubscribe body.
import { z } from "zod";

import { sellableCurrencySchema } from "@/lib/money";

export const DEAL_ALERT_MODES = ["instant", "daily", "off"] as const;
export type DealAlertModeName = (typeof DEAL_ALERT_MODES)[number];

/** PUT body. `currency` (default: the visitor's) is what all-time-low alerts follow for entries without a threshold. */
export const putDealAlertPreferencesBodySchema = z
  .object({
    mode: z.enum(DEAL_ALERT_MODES),
    all_time_low: z.boolean(),
    currency: sellableCurrencySchema.optional(),
  })
  .strict();
export type PutDealAlertPreferencesBody = z.infer<typeof putDealAlertPreferencesBodySchema>;

export const DealAlertPreferencesSchema = z.object({
  mode: z.enum(DEAL_ALERT_MODES),
  all_time_low: z.boolean(),
  currency: z.string().length(3).nullable(),
});
export type DealAlertPreferences = z.infer<typeof DealAlertPreferencesSchema>;

/** POST /api/deal-alerts/unsubscribe: the token from the link, in the JSON body or (RFC 8058 one-click) the query. */
export const unsubscribeBodySchema = z.object({ token: z.string().min(1).max(200) });
