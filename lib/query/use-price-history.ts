"use client";

import { useQuery } from "@tanstack/react-query";

import type { PriceHistory } from "@/lib/store/pricing/price-history";

import { useCurrencyChoice } from "./use-currency-choice";

/**
 * A game's price history in the visitor's currency, fetched in the browser after the (prerendered) game page
 * has shown: the history is per visitor (currency) and changes with every sale, so it is never in the HTML.
 * Re-fetched when the visitor picks another currency. Null when the server knows no such game.
 *
 * @example
 * const { data } = usePriceHistory(game.id);
 * data?.is_all_time_low;
 */
export function usePriceHistory(gameId: number) {
  const choice = useCurrencyChoice();
  return useQuery({
    queryKey: ["price-history", choice, gameId],
    queryFn: async (): Promise<PriceHistory | null> => {
      const res = await fetch(`/api/games/${gameId}/prices`, { headers: { accept: "application/json" } });
      // A game IGDB just gave us may not be in the catalog yet: no history, not an error.
      if (res.status === 404) return null;
      if (!res.ok) throw new Error(`price history: HTTP ${res.status}`);
      return (await res.json()) as PriceHistory;
    },
    staleTime: 60_000,
  });
}
