import Link from "next/link";

/**
 * The header's cart link with the number of games in it (none shown at 0). Presentational: the count comes from
 * CartBadge once the visitor has a cart; a visitor without one gets this alone, with no code or request behind it.
 * A fixed width, so the header does not shift when the count arrives.
 */
export function CartLink({ count }: { count: number }) {
  return (
    <Link
      href="/cart"
      // In the header of every page: not worth a prefetch on each of them.
      prefetch={false}
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
