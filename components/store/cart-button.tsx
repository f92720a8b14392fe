"use client";

import Link from "next/link";

import { useCartChange } from "@/lib/query/use-cart";
import type { CartGameState } from "@/lib/store/cart/cart-schemas";

const primary =
  "inline-flex min-h-10 items-center justify-center rounded-md bg-brand-600 px-5 py-2 text-sm font-semibold text-white hover:bg-brand-700 focus-visible:outline-2 focus-visible:outline-offset-2 disabled:opacity-70";
const secondary =
  "inline-flex min-h-10 items-center justify-center rounded-md border border-zinc-300 px-5 py-2 text-sm font-semibold hover:border-brand-500 dark:border-zinc-700";

/** "Add to cart", then "In cart" (a link to the cart); "Owned" (a link to the library); "Not for sale" without an offer. */
export function CartButton({ state }: { state: CartGameState }) {
  const change = useCartChange();
  if (state.owned) {
    return (
      <Link href="/library" className={secondary} data-testid="cart-button">
        <span aria-hidden="true" className="mr-1">
          ✓
        </span>
        Owned: in your library
      </Link>
    );
  }
  if (!state.offer) {
    return (
      <span className="inline-flex min-h-10 items-center text-sm font-medium text-zinc-600 dark:text-zinc-400" data-testid="cart-button">
        Not for sale
      </span>
    );
  }
  if (state.in_cart) {
    return (
      <Link href="/cart" className={secondary} data-testid="cart-button">
        In cart: view cart
      </Link>
    );
  }
  return (
    <div className="flex flex-wrap items-center gap-2">
      <button
        type="button"
        className={primary}
        disabled={change.isPending}
        onClick={() => change.mutate({ gameId: state.game_id, add: true })}
        data-testid="cart-button"
      >
        {change.isPending ? "Adding…" : "Add to cart"}
      </button>
      {change.isError ? (
        <span role="alert" className="text-sm text-red-700 dark:text-red-300">
          {change.error.message}
        </span>
      ) : null}
    </div>
  );
}
