"use client";

import Link from "next/link";
import { useState } from "react";

import { GameCover } from "@/components/catalog/game-cover";
import { formatMoney } from "@/lib/money/format-money";
import { useCart, useCartChange } from "@/lib/query/use-cart";
import { useSession } from "@/lib/query/use-session";
import type { CartView as Cart, CartLine } from "@/lib/store/cart/cart-schemas";

import { PriceBlock } from "./price-block";

/** The cart page's body: the lines, totals and "Check out"; an empty state and a loading state. */
export function CartView() {
  const cart = useCart();
  if (cart.isPending) {
    return (
      <div role="status" aria-label="Loading your cart" className="space-y-3">
        {[0, 1].map((i) => (
          <div key={i} className="h-24 animate-pulse rounded-md bg-zinc-200 dark:bg-zinc-800" />
        ))}
      </div>
    );
  }
  if (cart.isError) return <p role="alert">Your cart could not be loaded. Try again in a moment.</p>;
  if (cart.data.count === 0) {
    return (
      <div data-testid="cart-empty" className="rounded-md border border-dashed border-zinc-300 px-4 py-10 text-center dark:border-zinc-700">
        <p className="font-medium">Your cart is empty.</p>
        <p className="mt-2 text-sm">
          <Link href="/search" className="text-brand-600 underline dark:text-brand-100">
            Find a game
          </Link>
        </p>
      </div>
    );
  }
  return (
    <div className="grid gap-6 md:grid-cols-[1fr_16rem]">
      <ul aria-label="Games in your cart" className="divide-y divide-zinc-200 dark:divide-zinc-800">
        {cart.data.items.map((item) => (
          <CartLineRow key={item.game_id} item={item} />
        ))}
      </ul>
      <CartSummary cart={cart.data} />
    </div>
  );
}

function CartLineRow({ item }: { item: CartLine }) {
  const change = useCartChange();
  return (
    <li data-testid="cart-line" className="flex gap-3 py-3">
      <div className="w-16 shrink-0">
        <GameCover name={item.title} coverUrl={item.cover} />
      </div>
      <div className="flex min-w-0 flex-1 flex-col gap-1">
        {item.slug ? (
          <Link href={`/games/${item.slug}`} className="font-semibold hover:underline">
            {item.title}
          </Link>
        ) : (
          <span className="font-semibold">{item.title}</span>
        )}
        {item.offer ? (
          <PriceBlock offer={item.offer} compact />
        ) : (
          <span className="text-sm text-red-700 dark:text-red-300">No longer for sale</span>
        )}
        {item.price_changed ? (
          <span className="text-xs text-amber-800 dark:text-amber-300" data-testid="price-changed">
            The price has changed since you added it.
          </span>
        ) : null}
      </div>
      <div className="flex flex-col items-end justify-start gap-1">
        <button
          type="button"
          onClick={() => change.mutate({ gameId: item.game_id, add: false })}
          disabled={change.isPending}
          aria-label={`Remove ${item.title} from the cart`}
          className="min-h-10 rounded-md px-3 py-2 text-sm text-zinc-700 underline hover:text-red-700 disabled:opacity-60 dark:text-zinc-300"
        >
          Remove
        </button>
        {change.isError ? (
          <span role="alert" className="text-xs text-red-700 dark:text-red-300">
            Could not remove it.
          </span>
        ) : null}
      </div>
    </li>
  );
}

function CartSummary({ cart }: { cart: Cart }) {
  const money = (amount: string) => formatMoney(amount, cart.currency);
  const hasDiscount = cart.discount !== "0.00";
  return (
    <aside aria-label="Order summary" className="h-fit rounded-md border border-zinc-200 p-4 dark:border-zinc-800">
      <dl className="grid grid-cols-[1fr_auto] gap-y-1 text-sm">
        <dt>Subtotal</dt>
        <dd data-testid="cart-subtotal">{money(cart.subtotal)}</dd>
        {hasDiscount ? (
          <>
            <dt>Discount</dt>
            <dd data-testid="cart-discount">−{money(cart.discount)}</dd>
          </>
        ) : null}
        <dt className="mt-2 text-base font-bold">Total</dt>
        <dd className="mt-2 text-base font-bold" data-testid="cart-total">
          {money(cart.total)}
        </dd>
      </dl>
      <CheckoutButton currency={cart.currency} disabled={cart.total === "0.00"} />
    </aside>
  );
}

const checkoutClass =
  "mt-4 inline-flex min-h-11 w-full items-center justify-center rounded-md bg-brand-600 px-4 py-2 font-semibold text-white hover:bg-brand-700 disabled:opacity-60";

/** Signed out: sign in, then back here (the guest cart merges then). Signed in: the order, then the payment page. */
function CheckoutButton({ currency, disabled }: { currency: string; disabled: boolean }) {
  const session = useSession();
  const [pending, setPending] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);

  if (!session.isPending && !session.data) {
    return (
      <Link href="/signin?callbackUrl=%2Fcart" className={checkoutClass}>
        Sign in to check out
      </Link>
    );
  }

  async function checkout() {
    setPending(true);
    setProblem(null);
    try {
      const res = await fetch("/api/checkout", {
        method: "POST",
        headers: { "Content-Type": "application/json" },
        body: JSON.stringify({ currency }),
      });
      const body = (await res.json().catch(() => null)) as { checkout_url?: string; error?: { message?: string } } | null;
      if (res.ok && body?.checkout_url) {
        // A full navigation to the payment page (another origin).
        window.location.assign(body.checkout_url);
        return;
      }
      setProblem(body?.error?.message ?? `Checkout failed (${res.status}). Try again.`);
    } catch {
      setProblem("Checkout could not be reached. Check your connection and try again.");
    }
    setPending(false);
  }

  return (
    <>
      <button type="button" className={checkoutClass} onClick={checkout} disabled={disabled || pending || session.isPending}>
        {pending ? "Going to payment…" : "Check out"}
      </button>
      {problem ? (
        <p role="alert" className="mt-2 text-sm text-red-700 dark:text-red-300">
          {problem}
        </p>
      ) : null}
    </>
  );
}
