"use client";

import { useToggleWishlist, useWishlist } from "@/lib/query/use-wishlist";

/** "Add to wishlist" / "On your wishlist" for this game; nothing for signed-out visitors (the library button invites them in). */
export function WishlistButton({ gameId }: { gameId: number }) {
  const wishlist = useWishlist();
  const toggle = useToggleWishlist();
  if (wishlist.isPending || wishlist.isError || !wishlist.data) return null;
  const on = wishlist.data.entries.some((e) => e.gameId === gameId);
  return (
    <div className="inline-flex items-center gap-2">
      <button
        type="button"
        aria-pressed={on}
        disabled={toggle.isPending}
        onClick={() => toggle.mutate({ gameId, on: !on })}
        className="inline-flex items-center gap-1 rounded-md border border-zinc-300 px-3 py-2 text-sm font-medium hover:border-brand-500 disabled:opacity-70 dark:border-zinc-700"
      >
        <span aria-hidden="true">{on ? "★" : "☆"}</span>
        {on ? "On your wishlist" : "Add to wishlist"}
      </button>
      {toggle.isError ? (
        <span role="alert" className="text-sm text-red-700 dark:text-red-300">
          Could not update your wishlist.
        </span>
      ) : null}
    </div>
  );
}
