import type { Offer } from "@/lib/store/pricing/offer";

// The store behind useOffer (use-offer.ts), without React, so its batching and retries are testable in Node.
// A page of cards asks for its offers one card at a time; gathered for a tick, they go as one request of at most
// BATCH_LIMIT ids (the /api/offers route's limit) instead of one request per card.
const BATCH_LIMIT = 100;

interface Entry {
  offer: Offer | null | undefined;
  at: number;
}

export interface OfferBatchStoreOptions {
  /** The offers of these games (null: not for sale); throws when the request fails. */
  fetchOffers: (ids: number[]) => Promise<Record<string, Offer | null>>;
  /** Waits before each retry of a failed batch; the batch is given up after the last. */
  retryDelaysMs?: readonly number[];
  now?: () => number;
}

export interface OfferBatchStore {
  get(key: string): Entry | undefined;
  /** Asks for one game's offer under `key` (currency and game); batched with the others asked in the same tick. */
  request(key: string, id: number): void;
  subscribe(listener: () => void): () => void;
}

/**
 * @example
 * const store = createOfferBatchStore({ fetchOffers: (ids) => getJson(`/api/offers?ids=${ids}`) });
 * store.request("EUR:42", 42);
 */
export function createOfferBatchStore({
  fetchOffers,
  retryDelaysMs = [1_000, 4_000, 15_000],
  now = Date.now,
}: OfferBatchStoreOptions): OfferBatchStore {
  const entries = new Map<string, Entry>();
  const listeners = new Set<() => void>();
  let pending: Array<{ key: string; id: number }> = [];
  const notify = () => {
    for (const listener of listeners) listener();
  };

  async function flush(batch: typeof pending, attempt = 0): Promise<void> {
    try {
      const offers = await fetchOffers([...new Set(batch.map((item) => item.id))]);
      for (const item of batch) entries.set(item.key, { offer: offers[item.id] ?? null, at: now() });
      notify();
    } catch {
      // A failed batch is asked again after a pause (a restart, a blip), the cards still showing nothing, as while
      // loading. Given up, its entries are forgotten and the cards told, so the next mount or refresh asks anew.
      const delay = retryDelaysMs[attempt];
      if (delay !== undefined) {
        setTimeout(() => void flush(batch, attempt + 1), delay);
        return;
      }
      for (const item of batch) entries.delete(item.key);
      notify();
    }
  }

  return {
    get: (key) => entries.get(key),
    request(key, id) {
      // Marked as asked (offer undefined) so the other cards of the page do not ask again.
      entries.set(key, { offer: undefined, at: now() });
      pending.push({ key, id });
      if (pending.length > 1) return;
      setTimeout(() => {
        const all = pending;
        pending = [];
        for (let i = 0; i < all.length; i += BATCH_LIMIT) void flush(all.slice(i, i + BATCH_LIMIT));
      }, 0);
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
