"use client";

import Link from "next/link";

import { lazyQueryIsland } from "@/components/query/lazy-query-island";
import { SIGNED_IN_HINT_COOKIE } from "@/lib/auth/signed-in-hint";
import { useCookieHint } from "@/lib/query/use-cookie-hint";

import { libraryButtonClass } from "./library-button-styles";

const LazyLibraryButton = lazyQueryIsland(
  () => import("./library-button").then((m) => m.LibraryButton),
  () => <div aria-hidden className="h-9 w-36 animate-pulse rounded-md bg-zinc-200 dark:bg-zinc-800" />,
);
const LazyWishlistButton = lazyQueryIsland(
  () => import("./wishlist-button").then((m) => m.WishlistButton),
  () => null,
);

/**
 * "Add to library" and "Add to wishlist" on a game page. A signed-out visitor (no signed-in hint) gets the
 * invitation to sign in straight away, with no code loaded and no request made; a signed-in one gets the buttons,
 * which load with react-query after the page.
 */
export function LibraryButtons({ gameId, slug }: { gameId: number; slug: string }) {
  const signedIn = useCookieHint(SIGNED_IN_HINT_COOKIE);
  if (signedIn === undefined) return <div aria-hidden className="h-9 w-36" />;
  if (!signedIn)
    return (
      <Link href={`/signin?callbackUrl=${encodeURIComponent(`/games/${slug}`)}`} className={libraryButtonClass}>
        Sign in to add to your library
      </Link>
    );
  return (
    <>
      <LazyLibraryButton gameId={gameId} slug={slug} />
      <LazyWishlistButton gameId={gameId} />
    </>
  );
}
