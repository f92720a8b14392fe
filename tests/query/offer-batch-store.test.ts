import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";

import { createOfferBatchStore } from "@/lib/query/offer-batch-store";
import type { Offer } from "@/lib/store/pricing/offer";

const offer = (id: number) => ({ gameId: id }) as unknown as Offer;

describe("the card-price batch store", () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it("asks for the cards of one tick in one request, and tells the cards", async () => {
    const fetchOffers = vi.fn(async (ids: number[]) => Object.fromEntries(ids.map((id) => [id, id === 2 ? null : offer(id)])));
    const store = createOfferBatchStore({ fetchOffers });
    const listener = vi.fn();
    store.subscribe(listener);
    store.request("EUR:1", 1);
    store.request("EUR:2", 2);
    store.request("USD:1", 1);
    expect(store.get("EUR:1")?.offer).toBeUndefined();
    await vi.runAllTimersAsync();
    expect(fetchOffers).toHaveBeenCalledTimes(1);
    expect(fetchOffers.mock.calls[0]![0]).toEqual([1, 2]);
    expect(store.get("EUR:1")?.offer).toEqual(offer(1));
    expect(store.get("EUR:2")?.offer).toBeNull();
    expect(listener).toHaveBeenCalled();
  });

  it("splits a page of more than 100 cards into requests of at most 100 ids", async () => {
    const fetchOffers = vi.fn(async (ids: number[]) => Object.fromEntries(ids.map((id) => [id, offer(id)])));
    const store = createOfferBatchStore({ fetchOffers });
    for (let id = 1; id <= 250; id++) store.request(`EUR:${id}`, id);
    await vi.runAllTimersAsync();
    expect(fetchOffers.mock.calls.map(([ids]) => ids.length)).toEqual([100, 100, 50]);
    expect(store.get("EUR:250")?.offer).toEqual(offer(250));
  });

  it("retries a failed batch, and the cards get their prices once it answers", async () => {
    let calls = 0;
    const fetchOffers = vi.fn(async (ids: number[]) => {
      if (++calls < 3) throw new Error("offers: HTTP 503");
      return Object.fromEntries(ids.map((id) => [id, offer(id)]));
    });
    const store = createOfferBatchStore({ fetchOffers, retryDelaysMs: [1_000, 4_000] });
    const listener = vi.fn();
    store.subscribe(listener);
    store.request("EUR:7", 7);
    await vi.advanceTimersByTimeAsync(999);
    expect(fetchOffers).toHaveBeenCalledTimes(1);
    expect(store.get("EUR:7")?.offer).toBeUndefined();
    await vi.advanceTimersByTimeAsync(5_000);
    expect(fetchOffers).toHaveBeenCalledTimes(3);
    expect(store.get("EUR:7")?.offer).toEqual(offer(7));
    expect(listener).toHaveBeenCalledTimes(1);
  });

  it("gives a batch up after its last retry: forgotten and announced, so the next mount asks anew", async () => {
    const fetchOffers = vi.fn(async (): Promise<Record<string, Offer | null>> => {
      throw new Error("offers: HTTP 500");
    });
    const store = createOfferBatchStore({ fetchOffers, retryDelaysMs: [10] });
    const listener = vi.fn();
    store.subscribe(listener);
    store.request("EUR:9", 9);
    await vi.runAllTimersAsync();
    expect(fetchOffers).toHaveBeenCalledTimes(2);
    expect(store.get("EUR:9")).toBeUndefined();
    expect(listener).toHaveBeenCalledTimes(1);
  });
});
