import "server-only";

import type { Prisma } from "@/generated/prisma/client";
import { normalizeAmount } from "@/lib/money";

import { recordPriceChanges } from "./record-price-changes";

export interface ListingPriceEdit {
  listingId: string;
  currency: string;
  amount: string;
}

/**
 * Sets many regular prices in the caller's transaction, and records the resulting effective prices (with their
 * `price.changed` events) in the same transaction, from the moment of the edit: one upsert and one recorder run
 * whatever the number of prices (a CSV import of the whole store). A price equal to the stored one is no edit:
 * it leaves the row, its updatedAt and the history alone. Returns how many prices changed.
 */
export async function setListingPrices(
  tx: Prisma.TransactionClient,
  edits: readonly ListingPriceEdit[],
  { now = new Date() } = {},
): Promise<number> {
  if (edits.length === 0) return 0;
  const changed = await tx.$queryRaw<Array<{ listingId: string }>>`
    INSERT INTO "ListingPrice" ("listingId", currency, amount, "updatedAt")
    SELECT "listingId", currency, amount, ${now}
    FROM unnest(${edits.map((e) => e.listingId)}::text[], ${edits.map((e) => e.currency)}::text[], ${edits.map((e) => normalizeAmount(e.amount))}::numeric[])
      AS t("listingId", currency, amount)
    ON CONFLICT ("listingId", currency) DO UPDATE SET amount = excluded.amount, "updatedAt" = excluded."updatedAt"
      WHERE "ListingPrice".amount IS DISTINCT FROM excluded.amount
    RETURNING "listingId"`;
  if (changed.length > 0) await recordPriceChanges({ now, listingIds: [...new Set(changed.map((row) => row.listingId))], db: tx });
  return changed.length;
}
