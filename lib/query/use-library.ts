"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";

import type { LibraryStatus } from "@/generated/prisma/enums";
import type { LibraryList, LibraryListItem } from "@/lib/library/library-schemas";

import { fetchMine, send } from "./my-api";

export const LIBRARY_KEY = ["library"] as const;

/** The signed-in user's whole library, or null when signed out (401). */
export function useLibrary() {
  return useQuery({
    queryKey: LIBRARY_KEY,
    queryFn: () => fetchMine<LibraryList>("/api/users/me/library"),
    staleTime: 30_000,
  });
}

type SetStatus = { gameId: number; status: LibraryStatus; isNew: boolean };

function withStatus(list: LibraryList, gameId: number, status: LibraryStatus): LibraryList {
  const now = new Date().toISOString();
  const old = list.entries.find((e) => e.gameId === gameId);
  const counts = { ...list.counts };
  if (old) counts[old.status] -= 1;
  counts[status] += 1;
  const entry: LibraryListItem = old
    ? { ...old, status, updatedAt: now }
    : {
        id: `optimistic-${gameId}`,
        gameId,
        status,
        rating: null,
        notes: null,
        platform: null,
        startedAt: null,
        finishedAt: null,
        createdAt: now,
        updatedAt: now,
        game: null,
        // Adding to the library tracks a game; owning it comes only from the store.
        owned: false,
      };
  return {
    ...list,
    counts,
    entries: [entry, ...list.entries.filter((e) => e.gameId !== gameId)],
    total: old ? list.total : list.total + 1,
  };
}

/**
 * Adds a game with a status (POST) or changes its status (PATCH), shown at once and rolled back if the server
 * refuses; the list is refetched afterwards either way so counts and cards come from the server.
 */
export function useSetLibraryStatus() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ gameId, status, isNew }: SetStatus) =>
      isNew ? send("/api/users/me/library", "POST", { gameId, status }) : send(`/api/users/me/library/${gameId}`, "PATCH", { status }),
    onMutate: async ({ gameId, status }) => {
      await client.cancelQueries({ queryKey: LIBRARY_KEY });
      const previous = client.getQueryData<LibraryList | null>(LIBRARY_KEY);
      if (previous) client.setQueryData(LIBRARY_KEY, withStatus(previous, gameId, status));
      return { previous };
    },
    onError: (_error, _vars, context) => {
      if (context?.previous !== undefined) client.setQueryData(LIBRARY_KEY, context.previous);
    },
    onSettled: () => client.invalidateQueries({ queryKey: LIBRARY_KEY }),
  });
}

/** Removes a game from the library, optimistically like useSetLibraryStatus. */
export function useRemoveFromLibrary() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (gameId: number) => send(`/api/users/me/library/${gameId}`, "DELETE"),
    onMutate: async (gameId) => {
      await client.cancelQueries({ queryKey: LIBRARY_KEY });
      const previous = client.getQueryData<LibraryList | null>(LIBRARY_KEY);
      if (previous) {
        const old = previous.entries.find((e) => e.gameId === gameId);
        const counts = { ...previous.counts };
        if (old) counts[old.status] -= 1;
        client.setQueryData(LIBRARY_KEY, {
          ...previous,
          counts,
          entries: previous.entries.filter((e) => e.gameId !== gameId),
          total: previous.total - (old ? 1 : 0),
        });
      }
      return { previous };
    },
    onError: (_error, _vars, context) => {
      if (context?.previous !== undefined) client.setQueryData(LIBRARY_KEY, context.previous);
    },
    onSettled: () => client.invalidateQueries({ queryKey: LIBRARY_KEY }),
  });
}
