"use client";

import { lazyQueryIsland } from "@/components/query/lazy-query-island";
import { WhenVisible } from "@/components/ui/when-visible";

/** The game page's store panel: its placeholder is the panel's own reserved height (min-h-24), so nothing moves. */
export const LazyStorePanel = lazyQueryIsland(
  () => import("./store-panel").then((m) => m.StorePanel),
  () => (
    <section aria-label="Buy" aria-busy="true" className="flex min-h-24 flex-col justify-center gap-2">
      <div className="h-7 w-28 animate-pulse rounded bg-zinc-200 dark:bg-zinc-800" />
      <div className="h-10 w-36 animate-pulse rounded-md bg-zinc-200 dark:bg-zinc-800" />
    </section>
  ),
);

const PriceHistoryIsland = lazyQueryIsland(
  () => import("./price-history").then((m) => m.PriceHistory),
  () => null,
);

/**
 * The price history (and its chart, which loads later still), once the visitor scrolls near it: it sits below
 * the game's facts, and most games have none. No placeholder: there is usually nothing to hold room for.
 */
export function LazyPriceHistory(props: { gameId: number; gameName: string }) {
  return (
    <WhenVisible>
      <PriceHistoryIsland {...props} />
    </WhenVisible>
  );
}
