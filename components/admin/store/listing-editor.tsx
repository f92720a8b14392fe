"use client";

import { useState } from "react";

import { adminButtonClass } from "@/components/admin/admin-button";
import { QueryError } from "@/components/admin/queues/query-error";
import { inputClass } from "@/components/ui/form-styles";
import { SELLABLE_CURRENCIES } from "@/lib/money";
import { useUpdateListing } from "@/lib/query/use-admin-store";
import type { AdminListing } from "@/lib/store/listings/listing-schemas";

/**
 * One listing's base prices per currency and its listed switch. A sale that is live or scheduled locks the prices
 * (Steam's rule): the fields are read-only then and say which sale; the API refuses with 409 anyway.
 */
export function ListingEditor({ listing, onDone }: { listing: AdminListing; onDone: () => void }) {
  const update = useUpdateListing();
  const [prices, setPrices] = useState<Record<string, string>>(() => ({ ...listing.prices }));
  const lock = listing.locked_by_sale;
  const changed = Object.fromEntries(
    Object.entries(prices).filter(
      ([currency, value]) => value.trim() && value.trim() !== listing.prices[currency as keyof typeof listing.prices],
    ),
  );
  return (
    <form
      aria-label={`Edit prices of ${listing.title ?? `game ${listing.game_id}`}`}
      className="mt-2 space-y-3 rounded-md bg-zinc-50 p-3 dark:bg-zinc-950"
      onSubmit={(e) => {
        e.preventDefault();
        update.mutate({ gameId: listing.game_id, body: { prices: changed } }, { onSuccess: onDone });
      }}
    >
      {lock ? (
        <p className="text-sm text-amber-800 dark:text-amber-300">
          Prices are locked by the sale “{lock.name}” until {new Date(lock.ends_at).toLocaleString()}: no base-price edits while a sale is
          live or scheduled.
        </p>
      ) : null}
      <div className="grid grid-cols-2 gap-3 sm:grid-cols-4">
        {SELLABLE_CURRENCIES.map((currency) => (
          <label key={currency} className="text-sm">
            <span className="mb-1 block font-medium">{currency}</span>
            <input
              className={inputClass}
              inputMode="decimal"
              value={prices[currency] ?? ""}
              readOnly={!!lock}
              aria-readonly={!!lock}
              onChange={(e) => setPrices({ ...prices, [currency]: e.target.value })}
              pattern="\d{1,8}(\.\d{1,2})?"
            />
          </label>
        ))}
      </div>
      <QueryError error={update.error} what="save the prices" />
      <div className="flex flex-wrap gap-2">
        <button
          type="submit"
          className={adminButtonClass("primary")}
          disabled={!!lock || update.isPending || Object.keys(changed).length === 0}
        >
          {update.isPending ? "Saving…" : "Save prices"}
        </button>
        <button type="button" className={adminButtonClass()} onClick={onDone}>
          Cancel
        </button>
      </div>
    </form>
  );
}
