import "server-only";

import type { Prisma } from "@/generated/prisma/client";
import { getDb } from "@/lib/accounts-db/get-db";
import type { Currency } from "@/lib/money";

import { setListingPrices } from "./set-listing-prices";

/**
 * Sets a listing's regular price in one currency, and records the resulting effective price in the history (with
 * its `price.changed` event) in the same transaction, from the moment of the edit: the prior price of a later
 * sale must never miss an edit. An unchanged price writes nothing. Runs in `db` when given (the console's edit,
 * which checks the sale lock in that transaction), else in its own.
 *
 * @example
 * await setListingPrice(listingId, "EUR", "24.99");
 */
export async function setListingPrice(
  listingId: string,
  currency: Currency,
  amount: string,
  { now = new Date(), db }: { now?: Date; db?: Prisma.TransactionClient } = {},
): Promise<void> {
  if (db) {
    await setListingPrices(db, [{ listingId, currency, amount }], { now });
    return;
  }
  await (await getDb()).$transaction((tx) => setListingPrices(tx, [{ listingId, currency, amount }], { now }));
}
