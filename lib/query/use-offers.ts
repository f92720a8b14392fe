"use client";

import { useQuery } from "@tanstack/react-query";

import type { Offer } from "@/lib/store/pricing/offer";

import { useCurrencyChoice } from "./use-currency-choice";

export interface OffersAnswer {
  currency: string;
  offers: Record<string, Offer | null>;
}

/**
 * The offers of some games in the visitor's currency, fetched in the browser: the pages around them are static,
 * and a price baked into their HTML would be one visitor's currency served to all. Re-fetched when the visitor
 * picks another currency.
 *
 * @example
 * const { data } = useOffers([game.id]);
 * const offer = data?.offers[game.id];
 */
export function useOffers(gameIds: readonly number[]) {
  const choice = useCurrencyChoice();
  const ids = [...new Set(gameIds)].sort((a, b) => a - b);
  return useQuery({
    queryKey: ["offers", choice, ids],
    queryFn: async (): Promise<OffersAnswer> => {
      const res = await fetch(`/api/offers?ids=${ids.join(",")}`, { headers: { accept: "application/json" } });
      if (!res.ok) throw new Error(`offers: HTTP ${res.status}`);
      return (await res.json()) as OffersAnswer;
    },
    enabled: ids.length > 0,
    staleTime: 60_000,
  });
}
