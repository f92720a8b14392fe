"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";

import type { WishlistList } from "@/lib/wishlist/wishlist-schemas";

import { fetchMine, send } from "./my-api";

export const WISHLIST_KEY = ["wishlist"] as const;

/** The signed-in user's wishlist, or null when signed out (401). */
export function useWishlist() {
  return useQuery({
    queryKey: WISHLIST_KEY,
    queryFn: () => fetchMine<WishlistList>("/api/users/me/wishlist"),
    staleTime: 30_000,
  });
}

/** Puts a game on the wishlist or takes it off, shown at once and rolled back if the server refuses. */
export function useToggleWishlist() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ gameId, on }: { gameId: number; on: boolean }) =>
      on ? send("/api/users/me/wishlist", "POST", { gameId }) : send(`/api/users/me/wishlist/${gameId}`, "DELETE"),
    onMutate: async ({ gameId, on }) => {
      await client.cancelQueries({ queryKey: WISHLIST_KEY });
      const previous = client.getQueryData<WishlistList | null>(WISHLIST_KEY);
      if (previous) {
        const now = new Date().toISOString();
        const entries = on
          ? [
              {
                id: `optimistic-${gameId}`,
                gameId,
                priceDropThreshold: null,
                currency: null,
                notes: null,
                createdAt: now,
                game: null,
              } as WishlistList["entries"][number],
              ...previous.entries,
            ]
          : previous.entries.filter((e) => e.gameId !== gameId);
        client.setQueryData<WishlistList>(WISHLIST_KEY, { ...previous, entries, total: entries.length });
      }
      return { previous };
    },
    onError: (_error, _vars, context) => client.setQueryData(WISHLIST_KEY, context?.previous),
    onSettled: () => client.invalidateQueries({ queryKey: WISHLIST_KEY }),
  });
}
