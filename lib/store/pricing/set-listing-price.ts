import "server-only";

import { getDb } from "@/lib/accounts-db/get-db";
import { normalizeAmount, type Currency } from "@/lib/money";

import { recordPriceChanges } from "./record-price-changes";

/**
 * Sets a listing's regular price in one currency (for the admin tools of the next issue), and records the
 * resulting effective price in the history in the same transaction, from the moment of the edit: the prior
 * price of a later sale must never miss an edit.
 *
 * @example
 * await setListingPrice(listingId, "EUR", "24.99");
 */
export async function setListingPrice(listingId: string, currency: Currency, amount: string, { now = new Date() } = {}): Promise<void> {
  const db = await getDb();
  const value = normalizeAmount(amount);
  await db.$transaction(async (tx) => {
    const current = await tx.listingPrice.findUnique({ where: { listingId_currency: { listingId, currency } } });
    if (current && current.amount.toFixed(2) === value) return; // unchanged: no edit, no history row
    await tx.listingPrice.upsert({
      where: { listingId_currency: { listingId, currency } },
      create: { listingId, currency, amount: value, updatedAt: now },
      update: { amount: value, updatedAt: now },
    });
    await recordPriceChanges({ now, listingId, db: tx });
  });
}
