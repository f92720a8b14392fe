"use client";

import { useQuery } from "@tanstack/react-query";

import type { Offer } from "@/lib/store/pricing/offer";

import { useCurrencyChoice } from "./use-currency-choice";
import type { OffersAnswer } from "./use-offers";

// A page of cards or rows asks for its offers one card at a time; gathered for a tick, they go as one
// GET /api/offers (at most 100 ids, the route's limit) instead of one request per card.
const BATCH_LIMIT = 100;
let pending: Array<{ id: number; resolve: (offer: Offer | null) => void; reject: (error: unknown) => void }> = [];

async function flush(batch: typeof pending): Promise<void> {
  const ids = [...new Set(batch.map((item) => item.id))];
  try {
    const res = await fetch(`/api/offers?ids=${ids.join(",")}`, { headers: { accept: "application/json" } });
    if (!res.ok) throw new Error(`offers: HTTP ${res.status}`);
    const answer = (await res.json()) as OffersAnswer;
    for (const item of batch) item.resolve(answer.offers[item.id] ?? null);
  } catch (error) {
    for (const item of batch) item.reject(error);
  }
}

function loadOffer(id: number): Promise<Offer | null> {
  return new Promise((resolve, reject) => {
    pending.push({ id, resolve, reject });
    if (pending.length === 1) {
      setTimeout(() => {
        const all = pending;
        pending = [];
        for (let i = 0; i < all.length; i += BATCH_LIMIT) void flush(all.slice(i, i + BATCH_LIMIT));
      }, 0);
    }
  });
}

/** One game's offer in the visitor's currency (null: not for sale), batched with the other cards of the page. */
export function useOffer(gameId: number) {
  const choice = useCurrencyChoice();
  return useQuery({ queryKey: ["offer", choice, gameId], queryFn: () => loadOffer(gameId), staleTime: 60_000 });
}
