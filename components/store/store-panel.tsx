"use client";

import { useCartGame } from "@/lib/query/use-cart";

import { CartButton } from "./cart-button";
import { PriceBlock } from "./price-block";

/**
 * The game page's store panel: the price in the visitor's currency, then Add to cart / In cart / Owned. A client
 * island: the page is prerendered for everyone (ISR), and price, cart and ownership are this visitor's. Its
 * height is reserved while it loads, so nothing below it moves.
 */
export function StorePanel({ gameId }: { gameId: number }) {
  const state = useCartGame(gameId);
  return (
    <section aria-label="Buy" data-testid="store-panel" className="flex min-h-24 flex-col justify-center gap-2">
      {state.isPending ? (
        <div role="status" aria-label="Loading the price" className="flex flex-col gap-2">
          <div className="h-7 w-28 animate-pulse rounded bg-zinc-200 dark:bg-zinc-800" />
          <div className="h-10 w-36 animate-pulse rounded-md bg-zinc-200 dark:bg-zinc-800" />
        </div>
      ) : state.isError ? (
        <p className="text-sm text-red-700 dark:text-red-300">The price could not be loaded.</p>
      ) : (
        <>
          {state.data.offer ? <PriceBlock offer={state.data.offer} /> : null}
          <div>
            <CartButton state={state.data} />
          </div>
        </>
      )}
    </section>
  );
}
