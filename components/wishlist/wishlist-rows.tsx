"use client";

import { useRouter } from "next/navigation";
import { useEffect, useRef } from "react";

import { EntryGameCover, entryGameName, EntryGameTitle } from "@/components/library/entry-game-title";
import { PriceBlock } from "@/components/store/price-block";
import { useCurrencyChoice } from "@/lib/query/use-currency-choice";
import type { Offer } from "@/lib/store/pricing/offer";
import type { WishlistItem } from "@/lib/wishlist/wishlist-schemas";

import { ThresholdEditor } from "./threshold-editor";

/**
 * The wishlist's rows: each game with its price now in the visitor's currency (from the server's getOffers) and
 * its price-drop alert, editable in place. Picking another currency re-renders the page on the server, so prices
 * and the currency a new threshold is saved in follow the picker.
 */
export function WishlistRows({ entries, offers, currency }: { entries: WishlistItem[]; offers: Record<number, Offer>; currency: string }) {
  const router = useRouter();
  const choice = useCurrencyChoice();
  const first = useRef(true);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    router.refresh();
  }, [choice, router]);

  return (
    <ul className="divide-y divide-zinc-200 dark:divide-zinc-800" aria-label="Wishlist entries">
      {entries.map((entry) => {
        const offer = offers[entry.gameId];
        return (
          <li key={entry.id} className="flex gap-3 py-3 sm:items-center sm:gap-4" data-testid="wishlist-entry">
            <EntryGameCover entry={entry} />
            <div className="flex min-w-0 flex-1 flex-col gap-1 sm:flex-row sm:items-center sm:justify-between sm:gap-4">
              <div className="min-w-0">
                <EntryGameTitle entry={entry} />
                <ThresholdEditor
                  gameId={entry.gameId}
                  gameName={entryGameName(entry)}
                  initial={{ amount: entry.priceDropThreshold, currency: entry.currency }}
                  currency={currency}
                />
              </div>
              {offer ? (
                <PriceBlock offer={offer} compact className="shrink-0 sm:items-end" />
              ) : (
                <p className="shrink-0 text-sm text-zinc-600 dark:text-zinc-400">Not for sale in {currency}</p>
              )}
            </div>
          </li>
        );
      })}
    </ul>
  );
}
