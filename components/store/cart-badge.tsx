"use client";

import Link from "next/link";

import { useCart } from "@/lib/query/use-cart";
import { useSession } from "@/lib/query/use-session";

import { useCartHint } from "./cart-hint";

/**
 * The header's cart link with the number of games in it. A visitor with neither a session nor a guest cart
 * makes no cart request at all: the session comes from the query the account menu makes anyway, and a guest
 * cart from its script-readable hint cookie. A fixed width, so the header does not shift when the count arrives.
 */
export function CartBadge() {
  const session = useSession();
  const hinted = useCartHint();
  const cart = useCart({ enabled: Boolean(session.data) || hinted });
  const count = cart.data?.count ?? 0;
  return (
    <Link
      href="/cart"
      data-testid="cart-badge"
      aria-label={count === 1 ? "Cart, 1 game" : `Cart, ${count} games`}
      className="relative inline-flex h-8 w-10 items-center justify-center rounded-md hover:bg-zinc-100 dark:hover:bg-zinc-800"
    >
      <svg aria-hidden="true" viewBox="0 0 24 24" className="h-5 w-5" fill="none" stroke="currentColor" strokeWidth="2">
        <path d="M3 4h2l2.4 11.2a1 1 0 0 0 1 .8h9.2a1 1 0 0 0 1-.8L20 8H6.2" strokeLinecap="round" strokeLinejoin="round" />
        <circle cx="9" cy="20" r="1.5" />
        <circle cx="17" cy="20" r="1.5" />
      </svg>
      {count > 0 ? (
        <span
          data-testid="cart-count"
          aria-hidden="true"
          className="absolute -top-1 -right-0.5 min-w-5 rounded-full bg-brand-600 px-1 text-center text-xs leading-5 font-bold text-white"
        >
          {count > 99 ? "99+" : count}
        </span>
      ) : null}
    </Link>
  );
}
