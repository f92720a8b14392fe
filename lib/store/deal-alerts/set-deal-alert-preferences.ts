import "server-only";

import { getDb } from "@/lib/accounts-db/get-db";
import type { Currency } from "@/lib/money";

import type { DealAlertModeName, DealAlertPreferences } from "./deal-alert-schemas";

/**
 * Stores a player's deal-alert preferences (one row per player, upserted). Turning alerts off also deletes the
 * alerts not yet mailed, so nothing made before the change goes out after it (the senders check again too).
 *
 * @example
 * await setDealAlertPreferences(user.id, { mode: "daily", allTimeLow: true, currency: "EUR" });
 */
export async function setDealAlertPreferences(
  userId: string,
  { mode, allTimeLow, currency }: { mode: DealAlertModeName; allTimeLow?: boolean; currency?: Currency },
): Promise<DealAlertPreferences> {
  const db = await getDb();
  const row = await db.$transaction(async (tx) => {
    const data = { mode, ...(allTimeLow === undefined ? {} : { allTimeLow }), ...(currency === undefined ? {} : { currency }) };
    const saved = await tx.dealAlertPreference.upsert({ where: { userId }, create: { userId, ...data }, update: data });
    if (mode === "off") await tx.dealAlert.deleteMany({ where: { userId, sentAt: null } });
    return saved;
  });
  return { mode: row.mode, all_time_low: row.allTimeLow, currency: row.currency };
}
