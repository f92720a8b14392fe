import "server-only";

import { getDb } from "@/lib/accounts-db/get-db";

import type { DealAlertPreferences } from "./deal-alert-schemas";

/** A player's deal-alert preferences; the defaults (instant, no all-time-low alerts) when never set. */
export async function getDealAlertPreferences(userId: string): Promise<DealAlertPreferences> {
  const row = await (await getDb()).dealAlertPreference.findUnique({ where: { userId } });
  return { mode: row?.mode ?? "instant", all_time_low: row?.allTimeLow ?? false, currency: row?.currency ?? null };
}
