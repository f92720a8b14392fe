import type { Metadata } from "next";
import { redirect } from "next/navigation";

import { EntryGameCover, EntryGameTitle } from "@/components/library/entry-game-title";
import { auth } from "@/lib/auth/auth";
import { listWishlist } from "@/lib/wishlist/list-wishlist";

export const metadata: Metadata = { title: "Your wishlist", robots: { index: false } };

/** The signed-in user's wishlist, read-only for now (changes go through the wishlist API). */
export default async function WishlistPage() {
  const session = await auth();
  if (!session?.user?.id) redirect("/signin?callbackUrl=%2Fwishlist");
  const { entries } = await listWishlist(session.user.id);
  return (
    <div>
      <h1 className="mb-4 text-2xl font-bold tracking-tight">Your wishlist</h1>
      {entries.length === 0 ? (
        <p className="rounded-lg border border-dashed border-zinc-300 p-8 text-center text-sm dark:border-zinc-700">
          Your wishlist is empty.
        </p>
      ) : (
        <ul className="divide-y divide-zinc-200 dark:divide-zinc-800" aria-label="Wishlist entries">
          {entries.map((entry) => (
            <li key={entry.id} className="flex items-center gap-4 py-3">
              <EntryGameCover entry={entry} />
              <EntryGameTitle entry={entry} />
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
