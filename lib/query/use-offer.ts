"use client";

import { useEffect, useSyncExternalStore } from "react";

import type { Offer } from "@/lib/store/pricing/offer";

import { useCurrencyChoice } from "./use-currency-choice";
import type { OffersAnswer } from "./use-offers";

// A page of cards or rows asks for its offers one card at a time; gathered for a tick, they go as one
// GET /api/offers (at most 100 ids, the route's limit) instead of one request per card.
//
// Not react-query: every card and result row of the public pages shows one of these, and a react-query island
// per card (a provider, a lazy chunk, a render each) was measurable main-thread time on a phone (issue 18).
// A module store with useSyncExternalStore is all a read-only, batched, per-currency price needs.
const BATCH_LIMIT = 100;
const FRESH_MS = 60_000;

interface Entry {
  offer: Offer | null | undefined;
  at: number;
}
const entries = new Map<string, Entry>();
const listeners = new Set<() => void>();
let pending: Array<{ key: string; id: number }> = [];

function publish(key: string, offer: Offer | null | undefined): void {
  entries.set(key, { offer, at: Date.now() });
  for (const listener of listeners) listener();
}

async function flush(batch: typeof pending): Promise<void> {
  const ids = [...new Set(batch.map((item) => item.id))];
  try {
    const res = await fetch(`/api/offers?ids=${ids.join(",")}`, { headers: { accept: "application/json" } });
    if (!res.ok) throw new Error(`offers: HTTP ${res.status}`);
    const answer = (await res.json()) as OffersAnswer;
    for (const item of batch) publish(item.key, answer.offers[item.id] ?? null);
  } catch {
    // No price shown (as while loading); the next mount asks again.
    for (const item of batch) entries.delete(item.key);
  }
}

function request(key: string, id: number): void {
  // Marked as asked (offer undefined) so the other cards of the page do not ask again.
  entries.set(key, { offer: undefined, at: Date.now() });
  pending.push({ key, id });
  if (pending.length === 1) {
    setTimeout(() => {
      const all = pending;
      pending = [];
      for (let i = 0; i < all.length; i += BATCH_LIMIT) void flush(all.slice(i, i + BATCH_LIMIT));
    }, 0);
  }
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** One game's offer in the visitor's currency (null: not for sale; undefined: loading), batched with the page's others. */
export function useOffer(gameId: number): { data: Offer | null | undefined } {
  const key = `${useCurrencyChoice()}:${gameId}`;
  const entry = useSyncExternalStore(
    subscribe,
    () => entries.get(key),
    () => undefined,
  );
  useEffect(() => {
    const known = entries.get(key);
    if (!known || Date.now() - known.at > FRESH_MS) request(key, gameId);
  }, [key, gameId]);
  return { data: entry?.offer };
}
