"use client";

import { useEffect, useSyncExternalStore } from "react";

import type { Offer } from "@/lib/store/pricing/offer";

import { createOfferBatchStore } from "./offer-batch-store";
import { useCurrencyChoice } from "./use-currency-choice";
import type { OffersAnswer } from "./use-offers";

// Not react-query: every card and result row of the public pages shows one of these, and a react-query island
// per card (a provider, a lazy chunk, a render each) was measurable main-thread time on a phone (issue 18).
// A module store with useSyncExternalStore is all a read-only, batched, per-currency price needs.
const FRESH_MS = 60_000;

const store = createOfferBatchStore({
  async fetchOffers(ids) {
    const res = await fetch(`/api/offers?ids=${ids.join(",")}`, { headers: { accept: "application/json" } });
    if (!res.ok) throw new Error(`offers: HTTP ${res.status}`);
    return ((await res.json()) as OffersAnswer).offers;
  },
});

/** One game's offer in the visitor's currency (null: not for sale; undefined: loading), batched with the page's others. */
export function useOffer(gameId: number): { data: Offer | null | undefined } {
  const key = `${useCurrencyChoice()}:${gameId}`;
  const entry = useSyncExternalStore(
    store.subscribe,
    () => store.get(key),
    () => undefined,
  );
  useEffect(() => {
    const known = store.get(key);
    if (!known || Date.now() - known.at > FRESH_MS) store.request(key, gameId);
  }, [key, gameId]);
  return { data: entry?.offer };
}
